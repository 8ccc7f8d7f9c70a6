package dev.maca.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.UnbornRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A form's front sheet")
class FrontSheetTest {
    private static String text(CaseRecord family) {
        List<FormModel.Part> parts = new ArrayList<>();
        FrontSheet.family(parts, FormFixtures.scope("MACA T7"), family);
        return parts.stream()
                .filter(FormModel.Prose.class::isInstance)
                .map(p -> ((FormModel.Prose) p).text())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    @DisplayName("asks for practice in the audit period, and for a baby due after it the birth and the weeks after too")
    void afterThePeriod() {
        CaseRecord f = FormFixtures.cases().get(1);
        CaseRecord dueLater = new CaseRecord(
                f.id(),
                f.pseudonym(),
                f.children(),
                List.of(new UnbornRecord("Unborn B", YearMonth.of(2021, 2))),
                f.adults(),
                f.features(),
                f.involvements());

        assertThat(text(FormFixtures.cases().get(0)))
                .contains("The audit period: January to December 2020. Answer for the practice in this period.")
                .doesNotContain("also covers");
        assertThat(text(dueLater))
                .contains("Answer for the practice in this period. For Unborn B, due in February 2021, the audit also"
                        + " covers the birth and the weeks up to the audit.");
    }

    @Test
    @DisplayName("says when to return the form: by the coordinator's day, in the month of the audit")
    void due() {
        assertThat(FrontSheet.due(FormFixtures.scope("MACA T7")))
                .isEqualTo(" Return it by the day the audit coordinator gives you (the audit takes place in April"
                        + " 2021).");
    }
}
