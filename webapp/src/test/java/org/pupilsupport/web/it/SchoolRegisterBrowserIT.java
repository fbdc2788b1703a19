package org.pupilsupport.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pupilsupport.core.demo.DemoData;

/**
 * The system administrator loads a real-format GIAS extract (Windows-1252, accented names, a pound sign, a
 * bad row) through the page and watches the background refresh finish; an officer then finds the new
 * school by its name typed without accents.
 */
class SchoolRegisterBrowserIT extends BrowserTest {

    @Test
    void aSystemAdministratorRefreshesTheRegisterAndAnOfficerFindsTheNewSchool() throws Exception {
        // A URN from the run's clock, in a range real GIAS URNs have not reached, so reruns add a new school.
        int urn = 150000 + (int) (System.currentTimeMillis() / 1000 % 9000);
        Path extract = Files.createTempFile("gias-", ".csv");
        String csv = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),"
                + "EstablishmentStatus (name),OpenDate,CloseDate,PhaseOfEducation (name),Street,Town,Postcode,SchoolWebsite\r\n"
                + urn + ",314,Kingston upon Thames,2" + String.format("%03d", urn % 1000) + ",\"St Thérèse's Catholic Primary School\","
                + "Voluntary aided school,Open,01-09-1998,,Primary,\"1 Church Lane, Norbiton\",Kingston upon Thames,KT1 3AA,\"Fees: £0\"\r\n"
                + "12345,314,Kingston upon Thames,2001,Not A Real Row,Community school,Open,31-02-2012,,Primary,,,,\r\n";
        Files.write(extract, csv.getBytes(Charset.forName("windows-1252")));

        browser.signIn(DemoData.ADMINISTRATOR, DemoData.DEMO_PASSWORD);
        browser.find(By.xpath("//button[contains(., 'Kingston upon Thames')]")).click();
        browser.find(By.id("navSchoolRegister")).click();
        browser.waitFor(ExpectedConditions.urlContains("/system/schools.xhtml"));
        browser.upload("upload:file_input", extract);
        browser.find(By.id("upload:start")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Refresh complete"));
        String summary = browser.find(By.id("summary")).getText();
        assertTrue(summary.contains("1 school added") || summary.contains("1 schools added"), summary);
        assertTrue(browser.find(By.id("job:rejected")).getText().contains("12345"), "the bad row is listed with its reason");
        browser.screenshot("school-register-refreshed");
        browser.signOut();

        browser.signIn("kingston.officer", DemoData.DEMO_PASSWORD);
        browser.find(By.id("navSchools")).click();
        browser.find(By.id("schools:search")).sendKeys("st therese");
        browser.find(By.id("schools:find")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("schools:results"), "St Thérèse's Catholic Primary School"));
        browser.find(By.id("schools:results:0:open")).click();
        browser.waitFor(ExpectedConditions.urlContains("/officer/school.xhtml"));
        assertEquals("St Thérèse's Catholic Primary School", browser.find(By.id("schoolName")).getText());
        assertEquals(List.of(), browser.javaScriptErrors());
        Files.deleteIfExists(extract);
    }
}
