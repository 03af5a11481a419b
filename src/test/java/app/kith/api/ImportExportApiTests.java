package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportExportApiTests extends ApiTestSupport {

    private Answer upload(Caller caller, String path, byte[] body) {
        return send(request(path).header("Authorization", "Bearer " + caller.token())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] sample(String path) throws IOException {
        try (InputStream in = ImportExportApiTests.class.getResourceAsStream("/samples/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importReportsWhatItDidAndADryRunChangesNothing() throws IOException {
        Caller me = newCaller();
        byte[] csv = sample("csv/google-contacts.csv");

        Answer dry = upload(me, "/api/v1/import/google?dryRun=true&filename=contacts.csv", csv);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().get("created").asInt()).isEqualTo(2);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
        assertThat(names(get(me, "/api/v1/people"))).containsExactly("Owner");

        Answer real = upload(me, "/api/v1/import/google?filename=contacts.csv", csv);
        assertThat(real.json().get("created").asInt()).isEqualTo(2);
        assertThat(real.json().get("errors").isArray()).isTrue();
        assertThat(names(get(me, "/api/v1/people"))).contains("Henrik Sørensen", "Isla McAllister");
        assertThat(upload(me, "/api/v1/import/google?filename=contacts.csv", csv).json().get("created").asInt())
                .isZero();
    }

    @Test
    void aMalformedFileIsA400ProblemNamingTheLine() {
        Caller me = newCaller();
        byte[] vcf = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n".getBytes(StandardCharsets.UTF_8);

        JsonNode problem = problem(upload(me, "/api/v1/import/vcard?filename=cards.vcf", vcf), 400);
        assertThat(problem.get("detail").asString()).isEqualTo("cards.vcf:5: the vCard that begins here has no END:VCARD");
        assertThat(problem.get("line").asInt()).isEqualTo(5);
        assertThat(problem.get("file").asString()).isEqualTo("cards.vcf");
        assertThat(names(get(me, "/api/v1/people"))).containsExactly("Owner");
        problem(upload(me, "/api/v1/import/myspace", vcf), 400);
    }

    @Test
    void exportsAreDownloadsAndCsvCellsCannotBeFormulas() {
        Caller me = newCaller();
        person(me, Map.of("name", "@SUM(A1:A9)", "emails", List.of("sum@example.com")));

        Answer csv = get(me, "/api/v1/export/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"kith-people.csv\"");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("'@SUM(A1:A9)");

        Answer vcard = get(me, "/api/v1/export/vcard?version=3.0");
        assertThat(vcard.header("Content-Disposition")).startsWith("attachment;");
        assertThat(vcard.body()).contains("VERSION:3.0").contains("EMAIL:sum@example.com");
        assertThat(get(me, "/api/v1/export/json").json().get("tables").get("people").size()).isEqualTo(2);
        problem(get(me, "/api/v1/export/pdf"), 400);
        problem(get(me, "/api/v1/export/vcard?version=9"), 400);
    }

    @Test
    void anImportedPhotoIsServedOnlyAsTheImageItIs() {
        Caller me = newCaller();
        byte[] card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pic Person\r\n"
                + "PHOTO;ENCODING=b;TYPE=GIF:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAA=\r\nEND:VCARD\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(me, "/api/v1/import/vcard?filename=pic.vcf", card).status()).isEqualTo(200);
        String id = ids(get(me, "/api/v1/people?q=pic")).getFirst();

        Answer photo = get(me, "/api/v1/people/" + id + "/photo");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        problem(get(me, "/api/v1/people/self/photo"), 404);
    }

    @Test
    void duplicatesCanBeFoundAndMerged() {
        Caller me = newCaller();
        String keep = person(me, Map.of("name", "Ann Twin", "emails", List.of("ann@example.com")));
        String other = person(me, Map.of("name", "Ann T.", "emails", List.of("ANN@example.com"), "tags", List.of("x")));

        JsonNode pairs = get(me, "/api/v1/people/duplicates").json().get("items");
        assertThat(pairs.get(0).get("keepId").asString()).isEqualTo(keep);
        assertThat(pairs.get(0).get("otherId").asString()).isEqualTo(other);

        Answer merged = post(me, "/api/v1/people/" + keep + "/merge", Map.of("other", other));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("kept").get("tags").get(0).asString()).isEqualTo("x");
        problem(get(me, "/api/v1/people/" + other), 404);
        assertThat(problem(post(me, "/api/v1/people/" + keep + "/merge", Map.of()), 400).get("field").asString())
                .isEqualTo("other");
    }
}
