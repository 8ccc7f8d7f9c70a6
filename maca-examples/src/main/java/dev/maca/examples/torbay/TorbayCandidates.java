package dev.maca.examples.torbay;

import static dev.maca.examples.torbay.TorbayScope.ADULT_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.ADULT_SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.CHILDRENS_SERVICES;
import static dev.maca.examples.torbay.TorbayScope.DOMESTIC_ABUSE;
import static dev.maca.examples.torbay.TorbayScope.EARLY_YEARS;
import static dev.maca.examples.torbay.TorbayScope.HEALTH_VISITING;
import static dev.maca.examples.torbay.TorbayScope.MATERNAL_ILL_MENTAL_HEALTH;
import static dev.maca.examples.torbay.TorbayScope.MIDWIFERY;
import static dev.maca.examples.torbay.TorbayScope.POLICE;
import static dev.maca.examples.torbay.TorbayScope.PRIMARY_CARE_GP;
import static dev.maca.examples.torbay.TorbayScope.SUBSTANCE_MISUSE;
import static dev.maca.examples.torbay.TorbayScope.UNBORN_AND_OLDER_SIBLING;

import dev.maca.cohort.AdultRecord;
import dev.maca.cohort.AdultRole;
import dev.maca.cohort.AgeBand;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.cohort.ChildRecord;
import dev.maca.cohort.UnbornRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic pool of thirty pseudonymised candidate families from which the Torbay cohort of fifteen is selected.
 *
 * <p>Every family is invented. Each is one row of a table, written in a small notation so that thirty families stay
 * readable side by side:
 *
 * <ul>
 *   <li>children: {@code "A 1-4; B 5-10"} — Child A aged 1–4, Child B aged 5–10 ({@code <1}, {@code 1-4}, {@code 5-10},
 *       {@code 11-15}, {@code 16-17});
 *   <li>unborn: {@code "C 2020-09"} — Unborn C expected in September 2020, or {@code ""};
 *   <li>adults: {@code "M; BF; MP; OM; OA"} — Mother, birth father, mother's partner, other male in the household,
 *       another adult of significance (a grandparent in a safety plan), with an optional pseudonym after a colon
 *       ({@code "BF:Father of Baby C"});
 *   <li>features: {@code "U DA SM MMH"} — an unborn baby and older sibling, domestic abuse, substance misuse, maternal
 *       ill mental health;
 *   <li>involvements: {@code "cs 2020-02; mw 2020-01..2020-09"} — agency code and months, open-ended when no end is
 *       given, and an agency involved again later listed a second time ({@code cs} Children's Services, {@code mw} Midwifery, {@code hv} Health Visiting, {@code gp} Primary
 *       Care, {@code sm} Adult Substance Misuse, {@code mh} Adult Mental Health, {@code ey} Early Years, {@code po}
 *       Police).
 * </ul>
 *
 * <p>Every baby expected before the audit in April 2021 is recorded as born ({@link TorbayBirths}).
 *
 * <p>In candidate order, fifteen families meet every criterion and are selected; the others show each way a family is
 * left out: no unborn baby, a first pregnancy with no older sibling, no domestic abuse or substance misuse, no maternal
 * ill mental health, no engagement with services in 2020, several reasons at once, and two eligible families beyond the
 * target, left out because the cohort was full.
 */
final class TorbayCandidates {
    private static final Map<String, String> AGENCIES = Map.of(
            "cs", CHILDRENS_SERVICES,
            "mw", MIDWIFERY,
            "hv", HEALTH_VISITING,
            "gp", PRIMARY_CARE_GP,
            "sm", ADULT_SUBSTANCE_MISUSE,
            "mh", ADULT_MENTAL_HEALTH,
            "ey", EARLY_YEARS,
            "po", POLICE);

    private static final Map<String, String> FEATURES = Map.of(
            "U", UNBORN_AND_OLDER_SIBLING,
            "DA", DOMESTIC_ABUSE,
            "SM", SUBSTANCE_MISUSE,
            "MMH", MATERNAL_ILL_MENTAL_HEALTH);

    private static final Map<String, AgeBand> AGE_BANDS = Map.of(
            "<1", AgeBand.UNDER_1,
            "1-4", AgeBand.AGE_1_TO_4,
            "5-10", AgeBand.AGE_5_TO_10,
            "11-15", AgeBand.AGE_11_TO_15,
            "16-17", AgeBand.AGE_16_TO_17);

    private TorbayCandidates() {}

    /** The thirty candidate families, in the order the partnership listed them. */
    static List<CaseRecord> candidates() {
        return List.of(
                // --- 1 to 10 ---------------------------------------------------------------------------------------
                family(
                        1,
                        "A 1-4",
                        "B 2020-08",
                        "M; BF",
                        "U DA MMH",
                        "cs 2020-02; mw 2020-01..2020-09; hv 2019-03; gp 2017-05; po 2019-12..2020-06; ey 2020-01;"
                                + " mh 2020-04..2020-12"),
                family(
                        2,
                        "A 5-10; B 1-4",
                        "C 2020-11",
                        "M; BF:Father of Child A and Child B; BF:Father of Baby C",
                        "U DA SM MMH",
                        "cs 2020-05; mw 2020-04..2020-12; hv 2019-01; gp 2015-09; po 2020-02..2020-10; sm 2019-08;"
                                + " ey 2019-09"),
                family(
                        3,
                        "A 1-4",
                        "B 2020-06",
                        "M; BF",
                        "U SM MMH",
                        "cs 2019-10; mw 2019-11..2020-07; hv 2018-11; gp 2016-02; sm 2019-06; mh 2020-01..2020-09"),
                // no unborn baby in the period
                family(
                        4,
                        "A 1-4",
                        "",
                        "M; BF",
                        "DA MMH",
                        "cs 2020-02; hv 2019-06; gp 2016-05; po 2020-01..2020-08; ey 2020-01"),
                family(
                        5,
                        "A 11-15; B 1-4",
                        "C 2020-10",
                        "M; BF:Father of Child A; BF:Father of Child B and Baby C;"
                                + " OM:Mother's brother, called 'uncle' by the children",
                        "U DA MMH",
                        "cs 2020-03; mw 2020-03..2020-11; hv 2019-02; gp 2010-04; po 2020-03..2020-03; mh 2020-02"),
                family(
                        6,
                        "A 1-4",
                        "B 2020-12",
                        "M; BF",
                        "U DA MMH",
                        "cs 2020-09; mw 2020-05..2021-01; hv 2019-08; gp 2014-01; po 2020-04..2020-08"),
                // no domestic abuse or substance misuse
                family(
                        7,
                        "A 1-4",
                        "B 2020-06",
                        "M; BF",
                        "U MMH",
                        "mw 2019-11..2020-07; hv 2018-12; gp 2015-04; mh 2019-12..2020-10"),
                family(
                        8,
                        "A 5-10; B 5-10",
                        "C 2020-04",
                        "M; BF:Father of Child A and Child B; BF:Father of Baby C (not identified); MP:Mother's new partner",
                        "U DA SM MMH",
                        "cs 2019-09; mw 2019-09..2020-05; hv 2017-06; gp 2012-03; po 2020-01..2020-11;"
                                + " sm 2020-02..2020-12"),
                family(
                        9,
                        "A 1-4",
                        "B 2020-07",
                        "M; BF",
                        "U DA MMH",
                        "cs 2019-12; mw 2019-12..2020-08; hv 2019-01; gp 2018-06; po 2019-11..2020-12; ey 2020-09;"
                                + " mh 2020-06"),
                // no maternal ill mental health
                family(
                        10,
                        "A 5-10",
                        "B 2020-09",
                        "M; BF",
                        "U DA",
                        "cs 2020-01; mw 2020-02..2020-10; hv 2020-06; gp 2012-09; po 2019-10..2020-05"),
                // --- 11 to 20 --------------------------------------------------------------------------------------
                family(
                        11,
                        "A 5-10; B 1-4",
                        "C 2020-09",
                        "M; BF; OM:Family friend staying in the home",
                        "U SM MMH",
                        "cs 2020-01; mw 2020-02..2020-10; hv 2018-05; gp 2013-07; sm 2019-03; ey 2019-09"),
                family(
                        12,
                        "A 1-4",
                        "B 2021-01",
                        "M; BF; OA:Maternal grandmother",
                        "U DA SM MMH",
                        "cs 2020-07; mw 2020-08..2021-02; hv 2019-04; gp 2016-11; po 2020-07..2020-11;"
                                + " sm 2020-08..2021-03; mh 2020-08..2021-02; po 2021-04; sm 2021-04; mh 2021-04"),
                // moved out of the area before 2020: no engagement in the period
                family(
                        13,
                        "A 1-4",
                        "B 2019-09",
                        "M; BF",
                        "U DA MMH",
                        "cs 2019-01..2019-11; mw 2019-01..2019-10; hv 2018-02..2019-12; gp 2016-03..2019-12;"
                                + " po 2018-11..2019-06"),
                family(
                        14,
                        "A 1-4",
                        "B 2020-05",
                        "M; BF",
                        "U DA MMH",
                        "cs 2019-08..2020-04; mw 2019-10..2020-06; hv 2018-09; gp 2011-12; po 2019-07..2020-03; ey 2019-09"),
                // no unborn baby and no maternal ill mental health
                family(15, "A 5-10", "", "M; BF", "SM", "cs 2020-03..2020-09; gp 2013-01; sm 2019-04"),
                family(
                        16,
                        "A 11-15; B 5-10; C 1-4",
                        "D 2020-10",
                        "M; BF:Father of Child C and Baby D",
                        "U DA SM MMH",
                        "cs 2018-06; mw 2020-03..2020-11; hv 2017-08; gp 2008-05; po 2018-02; sm 2020-01;"
                                + " ey 2019-04; mh 2019-11"),
                family(
                        17,
                        "A 1-4",
                        "B 2020-09",
                        "M; BF; OM:Father's brother",
                        "U SM MMH",
                        "mw 2020-02..2020-10; hv 2019-05; gp 2015-03; sm 2020-03..2020-12"),
                // a first pregnancy: no older sibling
                family(
                        18,
                        "",
                        "A 2020-08",
                        "M; BF",
                        "DA MMH",
                        "mw 2020-01..2020-09; hv 2020-05; gp 2018-02; po 2020-02..2020-04; mh 2020-01"),
                family(
                        19,
                        "A 5-10",
                        "B 2020-11",
                        "M; BF:Father of Child A; MP:Mother's partner",
                        "U DA MMH",
                        "cs 2020-06; mw 2020-04..2020-12; hv 2020-08; gp 2016-01; po 2020-05..2020-10; mh 2020-03..2020-12"),
                // no domestic abuse or substance misuse
                family(
                        20,
                        "A 1-4",
                        "B 2020-10",
                        "M; BF",
                        "U MMH",
                        "mw 2020-03..2020-11; hv 2019-07; gp 2017-08; mh 2020-02"),
                // --- 21 to 30 --------------------------------------------------------------------------------------
                // moved into the area in 2021, no domestic abuse or substance misuse
                family(21, "A 5-10", "B 2021-06", "M; BF", "U MMH", "mw 2021-01; hv 2021-03; gp 2021-01; mh 2021-02"),
                family(
                        22,
                        "A 1-4",
                        "B 2020-03",
                        "M; BF",
                        "U DA MMH",
                        "cs 2019-07..2020-12; mw 2019-08..2020-04; hv 2018-03; gp 2017-02; po 2019-05..2020-07; ey 2019-10"),
                family(
                        23,
                        "A 1-4; B 1-4",
                        "C 2020-12",
                        "M; BF",
                        "U DA SM MMH",
                        "cs 2020-08; mw 2020-05..2021-01; hv 2018-07; gp 2014-06; po 2020-07..2020-12; sm 2020-09;"
                                + " mh 2020-10; ey 2020-09"),
                // no maternal ill mental health
                family(
                        24,
                        "A 1-4",
                        "B 2020-08",
                        "M; BF",
                        "U DA SM",
                        "cs 2020-01; mw 2020-01..2020-09; hv 2019-02; gp 2013-05; po 2020-01..2020-07; sm 2019-11"),
                // no unborn baby in the period
                family(
                        25,
                        "A 5-10; B 1-4",
                        "",
                        "M; MP",
                        "DA MMH",
                        "cs 2020-04; hv 2019-01; gp 2014-04; po 2020-02..2020-12; mh 2020-05; ey 2019-09"),
                // eligible, but listed after the cohort was full
                family(
                        26,
                        "A 1-4",
                        "B 2020-10",
                        "M; BF",
                        "U DA MMH",
                        "cs 2020-04; mw 2020-03..2020-11; hv 2019-04; gp 2016-07; po 2020-03..2020-06"),
                // no unborn baby, no domestic abuse or substance misuse
                family(27, "A 11-15", "", "M", "MMH", "cs 2020-06..2020-10; gp 2010-02; mh 2019-09"),
                // moved into the area in 2021: no engagement in the period
                family(
                        28,
                        "A 1-4",
                        "B 2021-05",
                        "M; BF",
                        "U DA MMH",
                        "cs 2021-02; mw 2021-01; hv 2021-01; gp 2021-01; po 2021-02..2021-03"),
                // eligible, but listed after the cohort was full
                family(
                        29,
                        "A 5-10; B 1-4",
                        "C 2020-07",
                        "M; BF; MP",
                        "U SM MMH",
                        "mw 2019-12..2020-08; hv 2019-03; gp 2015-10; sm 2019-05; ey 2019-09"),
                // no unborn baby, no maternal ill mental health, and moved out of the area in 2019
                family(
                        30,
                        "A 5-10",
                        "",
                        "M; BF",
                        "DA",
                        "cs 2019-02..2019-08; gp 2016-01..2019-10; po 2019-03..2019-09"));
    }

    private static CaseRecord family(
            int number, String children, String unborn, String adults, String features, String involvements) {
        String id = String.format("family-%02d", number);
        return new CaseRecord(
                id,
                "Family " + number,
                parts(children, ";").stream().map(TorbayCandidates::child).toList(),
                parts(unborn, ";").stream()
                        .map(TorbayCandidates::unborn)
                        .map(baby -> TorbayBirths.of(id).map(baby::born).orElse(baby))
                        .toList(),
                parts(adults, ";").stream().map(TorbayCandidates::adult).toList(),
                parts(features, " ").stream()
                        .map(code -> lookup(FEATURES, code, "feature"))
                        .toList(),
                parts(involvements, ";").stream()
                        .map(TorbayCandidates::involvement)
                        .toList());
    }

    private static ChildRecord child(String spec) {
        String[] parts = spec.split(" ");
        return new ChildRecord("Child " + parts[0], lookup(AGE_BANDS, parts[1], "age band"));
    }

    private static UnbornRecord unborn(String spec) {
        String[] parts = spec.split(" ");
        return new UnbornRecord("Unborn " + parts[0], YearMonth.parse(parts[1]));
    }

    private static AdultRecord adult(String spec) {
        String[] parts = spec.split(":", 2);
        AdultRole role =
                switch (parts[0]) {
                    case "M" -> AdultRole.MOTHER;
                    case "BF" -> AdultRole.BIRTH_FATHER;
                    case "MP" -> AdultRole.MOTHERS_PARTNER;
                    case "OM" -> AdultRole.OTHER_MALE_IN_HOUSEHOLD;
                    case "OA" -> AdultRole.OTHER_ADULT;
                    default -> throw new IllegalArgumentException("unknown adult role code '" + parts[0] + "'");
                };
        String pseudonym = parts.length > 1
                ? parts[1]
                : switch (role) {
                    case MOTHER -> "Mother";
                    case BIRTH_FATHER -> "Father";
                    case MOTHERS_PARTNER -> "Mother's partner";
                    case OTHER_ADULT -> "Other adult";
                    default -> "Male in the household";
                };
        return new AdultRecord(pseudonym, role);
    }

    private static AgencyInvolvement involvement(String spec) {
        String[] parts = spec.split(" ");
        String[] months = parts[1].split("\\.\\.");
        return new AgencyInvolvement(
                lookup(AGENCIES, parts[0], "agency"),
                YearMonth.parse(months[0]),
                months.length > 1 ? Optional.of(YearMonth.parse(months[1])) : Optional.empty());
    }

    private static List<String> parts(String spec, String separator) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(spec.split(separator))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .forEach(parts::add);
        return parts;
    }

    private static <T> T lookup(Map<String, T> codes, String code, String what) {
        T value = codes.get(code);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " code '" + code + "'; known: " + codes.keySet());
        }
        return value;
    }
}
