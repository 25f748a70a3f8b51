package se.vaksam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Vaksam: internal control and systematic quality work for a Swedish municipal committee.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VaksamApplication {

    public static void main(String[] args) throws Exception {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        if (java.util.Arrays.asList(args).contains("--help")) {
            try (var help = VaksamApplication.class.getResourceAsStream("/help.txt")) {
                System.out.write(help.readAllBytes());
                System.out.flush();
            }
            return;
        }
        SpringApplication.run(VaksamApplication.class, args);
    }
}
