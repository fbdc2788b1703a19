package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.children.Upn;
import org.pupilsupport.core.demo.DemoData;

/** A senior officer uploads a Common Transfer File, reads the preview, imports it, and finds the new child. */
class CtfImportBrowserIT extends BrowserTest {

    @Test
    void aSeniorOfficerPreviewsAndImportsAFile() throws Exception {
        String surname = "Uploadtest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "u");
        String upn = Upn.issue("314", String.format("%04d", (System.nanoTime() / 1000) % 10000), 2017, "303").value();
        Path file = Files.createTempFile("ctf-", ".xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header><DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion><DateTime>2026-11-20T10:00:00</DateTime>
                    <DocumentQualifier>full</DocumentQualifier><SourceSchool><LEA>314</LEA><Estab>2000</Estab><SchoolName>Demo</SchoolName></SourceSchool></Header>
                  <CTFpupilData>
                    <Pupil><UPN>%s</UPN><Surname>%s</Surname><Forename>Ines</Forename><DOB>2017-01-15</DOB><Sex>F</Sex></Pupil>
                    <Pupil><UPN>A314200017999</UPN><Surname>%s</Surname><Forename>Wrong</Forename><DOB>2017-01-16</DOB></Pupil>
                  </CTFpupilData>
                </CTfile>
                """.formatted(upn, surname, surname), StandardCharsets.UTF_8);

        browser.signIn("kingston.senior", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/children.xhtml");
        browser.find(By.id("importCtf")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/import-ctf.xhtml"));
        browser.upload("upload:file_input", file);
        browser.find(By.id("upload:preview")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("previewSummary")));
        assertTrue(browser.find(By.id("previewSummary")).getText().contains("1 new, 0 changed, 0 unchanged, 1 rejected"),
                browser.find(By.id("previewSummary")).getText());
        assertTrue(browser.find(By.id("pupils")).getText().contains("check letter"), "the rejected pupil's reason is shown");
        browser.screenshot("ctf-preview");

        browser.find(By.id("decide:import")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Imported: 1 records created or changed"));
        browser.find(By.id("navChildren")).click();
        browser.find(By.id("children:search")).sendKeys(upn);
        browser.find(By.id("children:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("children:results"), surname));
        assertEquals(List.of(), browser.javaScriptErrors());
        Files.deleteIfExists(file);
    }

    /**
     * A preview made while acting for Kingston cannot be imported after switching to Richmond in another tab:
     * the page is closed, the officer is told why, and no pupil of the file reaches either borough.
     */
    @Test
    void aPreviewMadeForOneBoroughCannotBeImportedAfterSwitchingToAnother() throws Exception {
        String surname = "Switchtest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "s");
        String upn = Upn.issue("314", String.format("%04d", (System.nanoTime() / 1000) % 10000), 2017, "305").value();
        Path file = Files.createTempFile("ctf-", ".xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header><DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion><DateTime>2026-11-20T10:00:00</DateTime>
                    <DocumentQualifier>full</DocumentQualifier><SourceSchool><LEA>314</LEA><Estab>2000</Estab><SchoolName>Demo</SchoolName></SourceSchool></Header>
                  <CTFpupilData>
                    <Pupil><UPN>%s</UPN><Surname>%s</Surname><Forename>Iris</Forename><DOB>2017-02-15</DOB><Sex>F</Sex></Pupil>
                  </CTFpupilData>
                </CTfile>
                """.formatted(upn, surname), StandardCharsets.UTF_8);

        browser.signIn(DemoData.ALL_BOROUGHS_SENIOR, DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/import-ctf.xhtml");
        browser.upload("upload:file_input", file);
        browser.find(By.id("upload:preview")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("previewSummary"), "1 new, 0 changed, 0 unchanged, 0 rejected"));

        String kingstonTab = browser.openInNewTab("choose-borough.xhtml");
        browser.find(By.xpath("//button[contains(., 'Richmond upon Thames')]")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("actingBorough"), "Richmond upon Thames"));
        browser.switchToTab(kingstonTab);
        browser.find(By.id("decide:import")).click();

        browser.waitFor(ExpectedConditions.urlContains("/choose-borough.xhtml"));
        assertTrue(browser.pageText().contains("it was closed and"), browser.pageText());
        assertFalse(browser.pageText().contains(surname), "nothing of the preview is shown");
        for (String borough : List.of("Richmond upon Thames", "Kingston upon Thames")) {
            browser.open("choose-borough.xhtml");
            browser.find(By.xpath("//button[contains(., '" + borough + "')]")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("actingBorough"), borough));
            browser.open("officer/children.xhtml");
            browser.find(By.id("children:search")).sendKeys(surname);
            browser.find(By.id("children:find")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("children:results"), "No children match."));
            assertFalse(browser.find(By.id("children:results")).getText().contains(surname), borough + " has no pupil of the file");
        }
        assertEquals(List.of(), browser.javaScriptErrors());
        Files.deleteIfExists(file);
    }

    /** "Import all of it" as officers use it: four pupils, as a school's system writes them, all four imported. */
    @Test
    void importAllOfItImportsEveryPupilOfTheFile() throws Exception {
        String surname = "Fourtest" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "f");
        String establishment = String.format("%04d", (System.nanoTime() / 1000) % 10000);
        StringBuilder pupils = new StringBuilder();
        String[] forenames = {"Ada", "Ben", "Cleo", "Dev"};
        for (int i = 0; i < forenames.length; i++) {
            String upn = Upn.issue("314", establishment, 2016, String.valueOf(401 + i)).value();
            pupils.append("""
                    <Pupil><UPN>%s</UPN><Surname>%s</Surname><Forename>%s</Forename><DOB>2016-0%d-1%d</DOB><Sex>%s</Sex>
                      <BasicDetails><Ethnicity>WBRI</Ethnicity><EnrolStatus>C</EnrolStatus></BasicDetails>
                      <Address><AddressLines><AddressLine1>%d Meadow Lane</AddressLine1><AddressLine2>Kingston upon Thames</AddressLine2></AddressLines><PostCode>KT1 2AB</PostCode></Address>
                      <Contacts><Contact><Surname>%s</Surname><Forename>Parent%s</Forename><Relationship>PAM</Relationship><Responsibility>true</Responsibility>
                        <Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>07700 90012%d</PhoneNo></Phone></Phones><AddressAsPupil>true</AddressAsPupil></Contact></Contacts>
                      <SchoolHistory><School><LEA>314</LEA><Estab>2000</Estab><EntryDate>2021-09-0%d</EntryDate></School></SchoolHistory>
                    </Pupil>
                    """.formatted(upn, surname, forenames[i], i + 1, i + 1, i % 2 == 0 ? "F" : "M", i + 1, surname, forenames[i], i, i + 1));
        }
        Path file = Files.createTempFile("ctf-", ".xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header><DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion><DateTime>2026-11-20T10:00:00</DateTime>
                    <DocumentQualifier>full</DocumentQualifier><SourceSchool><LEA>314</LEA><Estab>2000</Estab><SchoolName>Demo</SchoolName></SourceSchool></Header>
                  <CTFpupilData>
                %s  </CTFpupilData>
                </CTfile>
                """.formatted(pupils), StandardCharsets.UTF_8);

        browser.signIn("kingston.senior", DemoData.DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/officer/dashboard.xhtml"));
        browser.open("officer/import-ctf.xhtml");
        browser.upload("upload:file_input", file);
        browser.find(By.id("upload:preview")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("previewSummary")));
        assertTrue(browser.find(By.id("previewSummary")).getText().contains("4 new, 0 changed, 0 unchanged, 0 rejected"),
                browser.find(By.id("previewSummary")).getText());

        browser.find(By.id("decide:import")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Imported: 4 records created or changed (4 new, 0 changed) of the file's 4 pupils"));
        browser.find(By.id("navChildren")).click();
        browser.find(By.id("children:search")).sendKeys(surname);
        browser.find(By.id("children:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("children:results"), surname));
        for (String forename : forenames) {
            assertTrue(browser.find(By.id("children:results")).getText().contains(forename), forename + " was imported");
        }
        assertEquals(List.of(), browser.javaScriptErrors());
        Files.deleteIfExists(file);
    }
}
