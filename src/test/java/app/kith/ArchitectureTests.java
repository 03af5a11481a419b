package app.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/** Keeps modules honest: no module reaches into another's internals, no dependency cycles. */
class ArchitectureTests {
    private static final ApplicationModules MODULES = ApplicationModules.of(KithApplication.class);
    /** In the project, not in target/: the documentation is committed, so a review shows how a change moves it. */
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        MODULES.verify();
    }

    /**
     * Writes docs/modules afresh from the code, so it stays current: the C4 component diagram of all
     * modules (components.puml), one diagram per module with the modules it depends on
     * (module-NAME.puml), each module's canvas (module-NAME.adoc: its API beans, the beans it uses
     * from other modules, the events it publishes and listens to) and all-docs.adoc, which includes
     * them all. Nothing in them depends on the time, the machine or the JVM ({@link #inStableOrder}),
     * so a run over unchanged code leaves the files as they are. The module metadata that
     * Documenter.writeDocumentation() would also write, into target/classes, is left out: it would
     * ship in the jar, and nothing reads it.
     */
    @Test
    void documentationOfTheModulesIsWrittenToDocsModules() throws IOException {
        DiagramOptions diagrams = DiagramOptions.defaults();
        // Rows stay even when empty: "Published events: none" says as much about a module as a list.
        CanvasOptions canvases = CanvasOptions.defaults().revealEmptyLines();

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases(canvases)
                .writeAggregatingDocument(diagrams, canvases);
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.writeString(file, inStableOrder(Files.readString(file)));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.writeString(file, canvasInStableOrder(Files.readString(file)));
                }
            }
        }

        String overview = Files.readString(DOCS.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            assertThat(overview).as("the overview shows every module").contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + name + ".puml")).isNotEmptyFile();
            assertThat(Files.readString(DOCS.resolve("module-" + name + ".adoc")))
                    .contains(module.getBasePackage().getName(), "Published events", "Events listened to");
        }
        assertThat(Files.readString(DOCS.resolve("module-notecards.adoc"))).contains("NoteCardService");
        assertThat(Files.readString(DOCS.resolve("all-docs.adoc"))).contains("components.puml",
                "module-notecards.adoc");
    }

    /**
     * The diagram with its element and relationship lines sorted. The Documenter writes them in the
     * order of hash codes that differ from one JVM to the next (and with what ran before in it), which
     * would change the committed files on every run without changing the diagram.
     */
    static String inStableOrder(String plantUml) {
        List<String> lines = new ArrayList<>(List.of(plantUml.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            String kind = declaration(lines.get(start));
            int end = start + 1;
            while (end < lines.size() && kind != null && kind.equals(declaration(lines.get(end)))) {
                end++;
            }
            if (kind != null) {
                Collections.sort(lines.subList(start, end));
            }
            start = end;
        }
        return String.join("\n", lines);
    }

    /**
     * The canvas with each list in a table cell sorted (events listened to, for one, come in the
     * order of a hash set): a cell's list is a line {@code |* item} and the {@code * item} lines after it.
     */
    static String canvasInStableOrder(String adoc) {
        List<String> lines = new ArrayList<>(List.of(adoc.split("\n", -1)));
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("|* ")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            List<String> items = new ArrayList<>(lines.subList(start, end).stream()
                    .map(l -> l.replaceFirst("^\\|", "")).sorted().toList());
            items.set(0, "|" + items.getFirst());
            for (int i = start; i < end; i++) {
                lines.set(i, items.get(i - start));
            }
            start = end - 1;
        }
        return String.join("\n", lines);
    }

    /** What a line declares ("Component(" or "Rel("), or null for any other line. */
    private static String declaration(String line) {
        String trimmed = line.strip();
        return Stream.of("Component(", "Rel(").filter(trimmed::startsWith).findFirst().orElse(null);
    }
}
