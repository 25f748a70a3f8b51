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

    public static void main(String[] args) {
        SpringApplication.run(VaksamApplication.class, args);
    }
}
