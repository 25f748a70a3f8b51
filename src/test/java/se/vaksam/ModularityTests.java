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

    /**
     * The document engine is a floor: it knows no domain module but {@code org}, and no module depends on
     * {@code report}, the home of the documents that read across modules (so arrows never run both ways).
     */
    @Test
    void documentEngineIsAFloorAndReportIsATop() {
        var engine = modules.getModuleByName("document").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(engine.getDirectDependencies(modules).uniqueModules()
                .map(m -> m.getIdentifier().toString()).toList())
                .as("modules the document engine depends on").allMatch(name -> name.equals("shared")
                        || name.equals("org"));
        modules.forEach(module -> org.assertj.core.api.Assertions.assertThat(
                module.getDirectDependencies(modules).containsModuleNamed("report"))
                .as("module %s depends on report", module.getIdentifier()).isFalse());
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
