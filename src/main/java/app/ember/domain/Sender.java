package app.ember.domain;

import app.ember.domain.PostalAddress;

/** The return address printed on postcards, and the home country (no country line for it). */
public record Sender(String name, PostalAddress address) {
    public static final Sender NONE = new Sender("", PostalAddress.EMPTY);

    public Sender {
        name = name == null ? "" : name.strip();
        address = address == null ? PostalAddress.EMPTY : address;
    }

    /** The sender's country code, or "" when no return address is set. */
    public String homeCountry() {
        return address.countryCode();
    }
}
