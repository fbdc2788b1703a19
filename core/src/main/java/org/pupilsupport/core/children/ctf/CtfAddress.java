package org.pupilsupport.core.children.ctf;

import java.util.List;

/**
 * An address from a Common Transfer File, flattened to the lines an officer would write on an envelope.
 *
 * <p>A CTF gives an address either in BS 7666 parts (secondary and primary addressable object, street,
 * locality, town, administrative area, post town) or as up to five free lines; both become {@link #lines()}
 * in that order, leaving out empty parts and a town repeated as the post town.
 *
 * @param lines    the address lines, without the postcode; never null, possibly empty
 * @param postcode the postcode (or a foreign zip code) in upper case with single spaces, or null
 * @param uprn     the unique property reference number, when given: the surest way to match addresses
 */
public record CtfAddress(List<String> lines, String postcode, String uprn) {

    public CtfAddress {
        lines = List.copyOf(lines);
        if (lines.isEmpty() && postcode == null && uprn == null) {
            throw new IllegalArgumentException("An address has at least a line, a postcode or a property reference");
        }
    }
}
