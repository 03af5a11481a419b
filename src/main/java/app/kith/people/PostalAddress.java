package app.kith.people;

/** A postal address, as written on an envelope. */
public record PostalAddress(String label, String street, String locality, String region, String postalCode,
                            String country) {
}
