package dev.maca.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.audit.Audit;
import dev.maca.returns.AuditReturn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The privacy guard at scale")
class GuardAtScaleTest {
    private static final int RETURNS = 10_000;
    private static final int NAMES = 1_000;

    @Test
    @DisplayName("among 10,000 returns and 1,000 listed names, exactly the planted names are found and redacted")
    void tenThousandReturns() {
        List<String> names = names();
        PrivacyGuard guard = PrivacyGuard.builder()
                .names(names)
                .places(PrivacyFixtures.PLACES)
                .policy(Policy.REDACT)
                .build();
        Audit audit = bigAudit(names);

        PrivacyReport report = guard.check(audit);
        GuardedAudit guarded = guard.apply(audit);

        assertThat(report.count(Kind.PERSON_NAME)).isEqualTo(RETURNS / 100);
        assertThat(guarded.redactionCount()).isEqualTo(RETURNS / 100);
    }

    /** 1,000 invented two-word names built from syllables, e.g. "Bado Kerimu". */
    private static List<String> names() {
        String[] syllables = {"ba", "do", "ke", "ri", "mu", "sa", "lo", "ti", "ne", "vu"};
        var names = new ArrayList<String>(NAMES);
        for (int i = 0; i < NAMES; i++) {
            String first = syllables[i % 10] + syllables[(i / 10) % 10];
            String last = syllables[(i / 100) % 10] + syllables[(i / 7) % 10] + syllables[i % 3];
            names.add(first + " " + last);
        }
        return names;
    }

    /** The fixture audit with 10,000 returns; every hundredth names someone on the list in its lived experience. */
    private static Audit bigAudit(List<String> names) {
        Audit clean = PrivacyFixtures.clean();
        AuditReturn template = clean.returns().get(0);
        var returns = new ArrayList<AuditReturn>(RETURNS);
        for (int i = 0; i < RETURNS; i++) {
            String lived = i % 100 == 0
                    ? "Child A spent time with " + names.get(i % NAMES) + " after school in May 2020."
                    : "Child A was frightened by shouting at home and was seen 4 times in 2020 by 2 workers.";
            returns.add(template.toBuilder()
                    .caseId("family-01")
                    .agencyId("agency-" + i)
                    .livedExperience(lived)
                    .build());
        }
        return new Audit(
                clean.scope(),
                clean.candidates(),
                returns,
                clean.findings(),
                clean.recommendations(),
                clean.learning());
    }
}
