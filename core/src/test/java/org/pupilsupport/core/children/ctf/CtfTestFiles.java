package org.pupilsupport.core.children.ctf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.pupilsupport.core.children.Upn;

/**
 * Writes large, realistic version 25 Common Transfer Files for the streaming test and the benchmark: every
 * pupil has a valid UPN, an address, two contacts, SEN and school history, plus attendance data the reader
 * skips, so the file is about the size of a real one per pupil.
 */
final class CtfTestFiles {

    private CtfTestFiles() {
    }

    /** A generated file held in memory. */
    static InputStream generated(int pupils) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, pupils);
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** A generated file written to disk, for reading back as a real upload would be. */
    static Path generated(Path directory, int pupils) throws IOException {
        Path file = directory.resolve("ctf-" + pupils + "-pupils.xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, pupils);
        }
        return file;
    }

    private static void write(OutputStream out, int pupils) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("CTfile");
            xml.writeStartElement("Header");
            element(xml, "DocumentName", "Common Transfer File");
            element(xml, "CTFversion", "25.0");
            element(xml, "DateTime", "2025-07-18T14:32:10");
            element(xml, "DocumentQualifier", "full");
            element(xml, "SupplierID", "Generated for testing");
            xml.writeStartElement("SourceSchool");
            element(xml, "LEA", "314");
            element(xml, "Estab", "4000");
            element(xml, "SchoolName", "Generated Academy");
            element(xml, "AcademicYear", "2024");
            xml.writeEndElement();
            xml.writeStartElement("DestSchool");
            element(xml, "LEA", "318");
            element(xml, "Estab", "4001");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("CTFpupilData");
            for (int i = 0; i < pupils; i++) {
                writePupil(xml, i);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void writePupil(XMLStreamWriter xml, int i) throws XMLStreamException {
        // a thousand serials per establishment and year, so any number of pupils gets distinct valid UPNs
        String establishment = String.valueOf(4000 + i / 10_000);
        int year = 10 + (i / 1_000) % 10;
        String serial = String.format(java.util.Locale.ROOT, "%03d", i % 1_000);
        xml.writeStartElement("Pupil");
        element(xml, "UPN", Upn.issue("314", establishment, year, serial).value());
        element(xml, "Surname", "Surname" + i);
        element(xml, "Forename", "Forename" + i);
        element(xml, "DOB", LocalDate.of(2010, 9, 1).plusDays(i % 2_500).toString());
        element(xml, "Sex", i % 2 == 0 ? "F" : "M");
        xml.writeStartElement("BasicDetails");
        element(xml, "MiddleNames", "Middle");
        element(xml, "Ethnicity", "WBRI");
        element(xml, "EnrolStatus", "C");
        xml.writeEndElement();
        xml.writeStartElement("SENhistory");
        xml.writeStartElement("SEN");
        element(xml, "StartDate", "2021-09-01");
        element(xml, "SENprovision", "K");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Address");
        xml.writeStartElement("BS7666Address");
        element(xml, "PAON", String.valueOf(1 + i % 200));
        element(xml, "Street", "Long Street");
        element(xml, "Town", "Kingston upon Thames");
        element(xml, "PostTown", "Kingston upon Thames");
        xml.writeEndElement();
        element(xml, "PostCode", "KT1 1AA");
        xml.writeEndElement();
        xml.writeStartElement("Contacts");
        for (int order = 1; order <= 2; order++) {
            xml.writeStartElement("Contact");
            element(xml, "Order", String.valueOf(order));
            element(xml, "Surname", "Surname" + i);
            element(xml, "Forename", order == 1 ? "Parent" : "Carer");
            element(xml, "Relationship", order == 1 ? "PAM" : "PAF");
            element(xml, "Responsibility", "true");
            xml.writeStartElement("Phones");
            xml.writeStartElement("Phone");
            element(xml, "TelephoneType", "M");
            element(xml, "PhoneNo", "07700 900" + String.format(java.util.Locale.ROOT, "%03d", i % 1_000));
            xml.writeEndElement();
            xml.writeEndElement();
            element(xml, "AddressAsPupil", "true");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("Attendance");
        element(xml, "Marks", "/\\".repeat(190));
        xml.writeEndElement();
        xml.writeStartElement("SchoolHistory");
        xml.writeStartElement("School");
        element(xml, "LEA", "314");
        element(xml, "Estab", "4000");
        element(xml, "SchoolName", "Generated Academy");
        element(xml, "EntryDate", "2021-09-01");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
