package org.levier.reports.control;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the reference PDF/A validator (greenfield parser), run in the test JVM: a PDF is validated against the
 * flavour its own XMP metadata declares ({@code pdfaid:part} and {@code pdfaid:conformance}).
 */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The outcome of a validation: the flavour the PDF declares (veraPDF's id, e.g. {@code 2a}; {@code 0} for none)
     * and the failed rules ({@code clause-test}, e.g. {@code 6.1.4-1}) with veraPDF's description and how many
     * checks failed.
     */
    record Outcome(String flavour, boolean compliant, Map<String, String> failedRules) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("PDF/A-").append(flavour).append(compliant ? " compliant" : " NOT compliant");
            failedRules.forEach((rule, message) -> text.append("\n  ").append(rule).append(": ").append(message));
            return text.toString();
        }
    }

    static Outcome validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAFlavour flavour = parser.getFlavour();
            try (PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                Map<String, String> failed = new TreeMap<>();
                List<TestAssertion> assertions = result.getTestAssertions();
                for (TestAssertion assertion : assertions) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        RuleId rule = assertion.getRuleId();
                        failed.putIfAbsent(rule.getClause() + "-" + rule.getTestNumber(),
                                assertion.getMessage() + " (" + result.getFailedChecks().get(rule) + " checks)");
                    }
                }
                return new Outcome(flavour.getId(), result.isCompliant(), failed);
            }
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
