package se.vaksam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(VaksamApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void architectureDocumentDescribesEveryModule() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/architecture.md"));
        modules.forEach(module -> org.assertj.core.api.Assertions.assertThat(doc)
                .as("docs/architecture.md describes module %s", module.getIdentifier())
                .contains("| `" + module.getIdentifier() + "` |"));
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(
                Boolean.getBoolean("vaksam.writeDocs") ? "docs/modules" : "target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
