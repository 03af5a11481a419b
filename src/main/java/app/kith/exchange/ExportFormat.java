package app.kith.exchange;

import app.kith.shared.Choice;

/** What an export writes (SPEC 4.1 {@code kith export FORMAT}). */
public enum ExportFormat implements Choice {
    JSON, VCARD, CSV, ICS;

    /** The file name an export is offered under. */
    public String fileName() {
        return switch (this) {
            case JSON -> "kith-export.json";
            case VCARD -> "kith-contacts.vcf";
            case CSV -> "kith-people.csv";
            case ICS -> "kith-calendar.ics";
        };
    }

    public String mediaType() {
        return switch (this) {
            case JSON -> "application/json";
            case VCARD -> "text/vcard; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case ICS -> "text/calendar; charset=utf-8";
        };
    }
}
