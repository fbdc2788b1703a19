package org.pupilsupport.core.privacy.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pupilsupport.core.privacy.subjectaccess.SamplePacks.entry;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A pack that reaches the writers is whole: every part named, no list missing or changing underneath them. */
class PackContentTest {

    private static String refusal(Runnable building) {
        return assertThrows(IllegalArgumentException.class, building::run).getMessage();
    }

    @Test
    void eachPartNeedsWhatTheWritersPrint() {
        assertEquals("A pack needs a title", refusal(() -> new PackContent(" ", "Kingston", "SAR-1", SamplePacks.PRODUCED_ON, List.of(), List.of())));
        assertEquals("A pack needs the date it was produced", refusal(() -> new PackContent("T", "Kingston", "SAR-1", null, List.of(), List.of())));
        assertEquals("Section record needs a heading", refusal(() -> new PackSection("record", "", List.of())));
        assertEquals("An entry needs a label", refusal(() -> new PackEntry("note", null, "text")));
        assertEquals("An entry's text cannot be null: give an empty text for an item without words", refusal(() -> new PackEntry("note", "Note", null)));
        assertEquals("File report cannot have a negative size",
                refusal(() -> new PackFile("report", "report.pdf", "application/pdf", -1, () -> new ByteArrayInputStream(new byte[0]))));
        assertEquals("File report needs a source for its content", refusal(() -> new PackFile("report", "report.pdf", "application/pdf", 0, null)));
        assertEquals("", new PackEntry("photo", "Photograph", "").text(), "an item may have no words");
    }

    @Test
    void listsMustBeThereWithoutGapsAndKeysOnceEach() {
        assertEquals("A pack's sections cannot be null (give an empty list)",
                refusal(() -> new PackContent("T", "Kingston", "SAR-1", SamplePacks.PRODUCED_ON, null, List.of())));
        assertEquals("Section record's entries cannot include null", refusal(() -> new PackSection("record", "Record", Arrays.asList(entry("a", "A", ""), null))));
        assertEquals("Section record has two entries with the key a",
                refusal(() -> new PackSection("record", "Record", List.of(entry("a", "A", ""), entry("a", "B", "")))));
        assertEquals("The pack has two sections with the key record", refusal(() -> SamplePacks.pack(List.of(
                new PackSection("record", "Record", List.of()), new PackSection("record", "Again", List.of())), List.of())));
        assertEquals("The pack has two files with the key f", refusal(() -> SamplePacks.pack(List.of(), List.of(
                SamplePacks.file("f", "a.txt", "text/plain", new byte[0]), SamplePacks.file("f", "b.txt", "text/plain", new byte[0])))));
    }

    @Test
    void aPackKeepsItsOwnCopyOfEachList() {
        List<PackEntry> entries = new ArrayList<>(List.of(entry("a", "A", "")));
        PackSection section = new PackSection("record", "Record", entries);
        entries.add(entry("b", "B", ""));

        assertEquals(1, section.entries().size(), "what was reviewed cannot grow after review");
    }
}
