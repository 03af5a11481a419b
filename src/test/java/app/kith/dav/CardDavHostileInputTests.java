package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a broken or hostile client sends is refused with a clear WebDAV error and changes nothing:
 * malformed XML, entity tricks (XXE, "billion laughs"), oversized bodies and cards, Depth: infinity,
 * broken vCards, and a flood of properties.
 */
class CardDavHostileInputTests {

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void xmlThatIsBrokenOrHostileIsA400ThatReadsNothing(TestDatabases.Vendor vendor) {
        DavClient client = DavServers.on(vendor).newUser();

        DavClient.Answer broken = client.send("PROPFIND", client.contacts(), "<d:propfind xmlns:d=\"DAV:\"><d:prop>",
                "Depth", "0");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("not well-formed XML").doesNotContain("Exception", "\tat ");

        DavClient.Answer xxe = client.send("PROPFIND", client.contacts(), """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <d:propfind xmlns:d="DAV:"><d:prop><d:displayname>&x;</d:displayname></d:prop></d:propfind>""",
                "Depth", "0");
        assertThat(xxe.status()).isEqualTo(400);
        assertThat(xxe.body()).doesNotContain("root:").contains("DTD");

        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]><d:propfind xmlns:d=\"DAV:\"><d:prop><d:x>&lol9;</d:x></d:prop></d:propfind>");
        assertThat(client.send("PROPFIND", client.contacts(), laughs.toString(), "Depth", "0").status()).isEqualTo(400);

        String huge = "<d:propfind xmlns:d=\"DAV:\"><d:prop>" + "<d:displayname/>".repeat(80_000) + "</d:prop></d:propfind>";
        DavClient.Answer tooBig = client.send("PROPFIND", client.contacts(), huge, "Depth", "0");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.body()).contains("larger than 1024 KB");

        DavClient.Answer infinity = client.propfind(client.contacts(), "infinity", "<d:getetag/>");
        assertThat(infinity.status()).isEqualTo(403);
        assertThat(infinity.body()).contains("propfind-finite-depth");

        DavClient.Answer unknownReport = client.report(client.contacts(), "<d:expand-property xmlns:d=\"DAV:\"/>");
        assertThat(unknownReport.status()).isEqualTo(403);
        assertThat(unknownReport.body()).contains("supported-report");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void cardsThatAreBrokenHugeOrFloodedAreRefusedAndMakeNobody(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();

        DavClient.Answer notACard = client.put("x.vcf", "hello, I am not a card");
        assertThat(notACard.status()).isEqualTo(400);
        assertThat(notACard.body()).contains("valid-address-data", "not a vCard");

        DavClient.Answer two = client.put("two.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Two\r\nEND:VCARD\r\n");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body()).contains("2 vCards");

        byte[] photo = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(photo);
        photo[0] = (byte) 0xff;
        photo[1] = (byte) 0xd8;
        photo[2] = (byte) 0xff;
        DavClient.Answer big = client.put("big.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
                + Base64.getEncoder().encodeToString(photo) + "\r\nEND:VCARD\r\n");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.body()).contains("at most 1024 KB");

        DavClient.Answer flood = client.put("flood.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Flood\r\n"
                + "X-P:1\r\n".repeat(100_000) + "END:VCARD\r\n");
        assertThat(flood.status()).isIn(400, 413);
        assertThat(flood.body()).containsAnyOf("more than 10000 lines", "at most 1024 KB");

        assertThat(CardDavProtocolTests.names(server, client)).containsExactly("Dana Owner");
        assertThat(client.sync(null, "<d:getetag/>").responses()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void aCardWithOnlyAPhoneIsKeptNamedByItAndServedAsItCame(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();

        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:just-a-number\r\nTEL;TYPE=CELL:+1 415 555 0199\r\nEND:VCARD\r\n";
        assertThat(client.put("n.vcf", card).status()).isEqualTo(201);

        assertThat(CardDavProtocolTests.names(server, client)).contains("+1 415 555 0199");
        assertThat(client.get("n.vcf").body()).contains("TEL;TYPE=CELL:+1 415 555 0199").doesNotContain("FN:");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void controlCharactersInACardNeverBreakTheXmlAroundIt(TestDatabases.Vendor vendor) throws Exception {
        DavClient client = DavServers.on(vendor).newUser();
        assertThat(client.put("bell.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bell\r\nFN:Bell\u0007Ringer\r\n"
                + "X-ODD:\u0001\u001f\uFFFE\r\nEND:VCARD\r\n").status()).isEqualTo(201);

        DavClient.Answer sync = client.sync(null, "<d:getetag/><card:address-data/>");

        assertThat(sync.status()).isEqualTo(207);
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var parsed = xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                sync.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("multistatus");
        assertThat(sync.body()).contains("BellRinger");
    }
}
