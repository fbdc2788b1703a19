package org.pupilsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, as rules a wrong import breaks: webapp -> core -> plugin API <- borough plugins.
 * Runs over the compiled classes of every module (the plugins are on this module's test class path only).
 */
class ArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importEverything() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pupilsupport");
    }

    @Test
    void boroughPluginsSeeOnlyThePluginApiAndPf4j() {
        classes().that().resideInAnyPackage("org.pupilsupport.plugin.kingston..", "org.pupilsupport.plugin.richmond..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.pupilsupport.plugin.api..", "org.pf4j..", "java..")
                .check(all);
    }

    @Test
    void thePluginApiIsFreeOfJakartaJpaAndFacesAndOfTheCore() {
        classes().that().resideInAPackage("org.pupilsupport.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.pupilsupport.plugin.api..", "org.pf4j..", "java..")
                .check(all);
    }

    @Test
    void theCoreNeverDependsOnTheWebLayer() {
        noClasses().that().resideInAPackage("org.pupilsupport.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pupilsupport.web..", "jakarta.faces..", "org.primefaces..", "jakarta.servlet..")
                .check(all);
    }

    @Test
    void nothingButThePluginManagerReachesIntoBoroughPlugins() {
        noClasses().that().resideInAnyPackage("org.pupilsupport.core..", "org.pupilsupport.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pupilsupport.plugin.kingston..", "org.pupilsupport.plugin.richmond..")
                .check(all);
    }

    @Test
    void modelsNeverDependOnInfrastructure() {
        noClasses().that().resideInAPackage("org.pupilsupport.core.children")
                .should().dependOnClassesThat().resideInAPackage("org.pupilsupport.core..infrastructure..")
                .check(all);
    }

    @Test
    void backingBeansNeverTouchAnEntityManager() {
        noClasses().that().resideInAPackage("org.pupilsupport.web..")
                .should().dependOnClassesThat().belongToAnyOf(jakarta.persistence.EntityManager.class, jakarta.persistence.EntityManagerFactory.class)
                .check(all);
    }

    @Test
    void everyPublicActionOfTheGuardedServicesNamesItsPermission() {
        // Named exactly, so the services' nested records and helper beans (parameters, results, runners) are not caught.
        methods().that().areDeclaredInClassesThat().haveNameMatching(
                        "org\\.pupilsupport\\.core\\.(children\\.ChildRegister|children\\.BreakGlassReport|cases\\.Casework|cases\\.SchoolNotifications|teams\\.Teams|audit\\.AuditVerification|audit\\.AuditExport|audit\\.AuditTrailNames|children\\.ctf\\.CtfImports|schools\\.gias\\.SchoolRegisterRefresh|schools\\.gias\\.SchoolRegisterBatches|schools\\.gias\\.SchoolRegisterJobs|privacy\\.ChildErasure|privacy\\.LegalHolds|privacy\\.RetentionSchedule|privacy\\.DisposalRuns|privacy\\.RecordRestrictions|audit\\.AuditErasure)")
                .and().arePublic()
                .should().beAnnotatedWith(org.pupilsupport.core.access.Requires.class)
                .check(all);
    }

    @Test
    void theAuditAndAccountServicesGuardEverythingButTheirNamedExceptions() {
        // The exceptions run before anyone is signed in (sign-in, first run), on the application's own
        // schedule (anchoring), or on the caller's own account only (changeOwnPassword, current).
        methods().that().areDeclaredInClassesThat().haveNameMatching(
                        "org\\.pupilsupport\\.core\\.(audit\\.AuditChains|officers\\.OfficerAccounts)")
                .and().arePublic()
                .and().haveNameNotMatching("ensureChain|recordAnchor|verify|isLockedOut|isAddressLockedOut|current|describe|anyExists|createFirstAdministrator|changeOwnPassword")
                .should().beAnnotatedWith(org.pupilsupport.core.access.Requires.class)
                .check(all);
    }

    @Test
    void onlyStartUpWorkActsAsTheSystem() {
        noClasses().that().resideInAPackage("org.pupilsupport.web..")
                .should().callMethod(org.pupilsupport.core.access.Actor.class, "actAsSystem")
                .check(all);
    }
}
