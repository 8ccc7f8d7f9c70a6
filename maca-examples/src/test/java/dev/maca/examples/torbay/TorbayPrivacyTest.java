package dev.maca.examples.torbay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.agency.AgencyRegistry;
import dev.maca.audit.Audit;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A sanity check that the invented example carries nothing that looks like a real person's details. */
@DisplayName("The Torbay example's free text")
class TorbayPrivacyTest {
    private static final Pattern PHONE =
            Pattern.compile("(\\+44\\s?\\d|\\b0\\d{2,4})[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b");
    private static final Pattern POSTCODE =
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NHS_NUMBER = Pattern.compile("\\b\\d{3}\\s?\\d{3}\\s?\\d{4}\\b");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    /** Common first names in England, leaving out those that are also ordinary words. */
    private static final List<String> FIRST_NAMES = List.of(
            "Olivia",
            "Amelia",
            "Isla",
            "Ava",
            "Mia",
            "Sophia",
            "Emily",
            "Poppy",
            "Freya",
            "Lily",
            "Evie",
            "Ella",
            "Sarah",
            "Emma",
            "Jessica",
            "Chloe",
            "Lucy",
            "Megan",
            "Shannon",
            "Jade",
            "Stacey",
            "Kayleigh",
            "Laura",
            "Rebecca",
            "Hannah",
            "Charlotte",
            "Sophie",
            "Amy",
            "Gemma",
            "Leanne",
            "Oliver",
            "George",
            "Harry",
            "Noah",
            "Jacob",
            "Thomas",
            "Oscar",
            "William",
            "James",
            "Leo",
            "Alfie",
            "Daniel",
            "Michael",
            "David",
            "John",
            "Paul",
            "Ryan",
            "Liam",
            "Tyler",
            "Jordan",
            "Dean",
            "Wayne",
            "Craig",
            "Darren",
            "Jason",
            "Lewis",
            "Connor",
            "Kieran",
            "Callum",
            "Jamie",
            "Ben",
            "Luke",
            "Adam",
            "Matthew",
            "Andrew",
            "Steven");

    private static List<String> texts;

    @BeforeAll
    static void collectFreeText() {
        Audit audit = TorbayAudit.audit(AgencyRegistry.discover());
        texts = new ArrayList<>();
        for (AuditReturn r : audit.returns()) {
            texts.add(r.auditorRole());
            texts.add(r.livedExperience());
            r.livedExperienceByChild().forEach(c -> texts.add(c.experience()));
            texts.add(r.impact());
            texts.add(r.recordsExamined());
            r.independence().ifPresent(i -> texts.add(i.how()));
            r.actionNow().ifPresent(a -> {
                texts.add(a.whatWasDone());
                texts.add(a.whoWasTold());
            });
            texts.add(r.goodPractice());
            texts.add(r.areasForDevelopment());
            r.overall().ifPresent(j -> texts.add(j.rationale()));
            r.objectiveJudgements().values().forEach(j -> texts.add(j.rationale()));
            for (Answer answer : r.answers().values()) {
                if (answer instanceof Answer.Evidenced e) {
                    texts.add(e.evidence());
                } else if (answer instanceof Answer.Graded g) {
                    texts.add(g.judgement().rationale());
                } else if (answer instanceof Answer.FreeText f) {
                    texts.add(f.text());
                } else if (answer instanceof Answer.Contact c) {
                    texts.add(c.evidence());
                }
            }
        }
        audit.findings().forEach(f -> Stream.of(
                        List.of(f.keyMessage()), f.narrative(), f.goodPractice(), f.areasForDevelopment())
                .forEach(texts::addAll));
        audit.recommendations().forEach(rec -> {
            texts.add(rec.text());
            rec.actions().forEach(a -> {
                texts.add(a.text());
                texts.add(a.evidenceOfImpact());
            });
        });
        audit.learning().forEach(l -> Stream.of(
                        l.whyItMatters(),
                        l.whatGoodLooksLike(),
                        l.thingsToRemember(),
                        l.whatToDo(),
                        l.reflectionQuestions())
                .forEach(texts::addAll));
        audit.panelReviews().forEach(review -> {
            texts.add(review.keyLearning());
            review.illustration().ifPresent(texts::add);
            review.attendees().forEach(a -> texts.add(a.role()));
            review.grades().values().forEach(g -> {
                texts.add(g.rationale());
                g.moderation().ifPresent(m -> {
                    texts.add(m.agreedView());
                    texts.add(m.resolution());
                });
            });
            review.familyVoice()
                    .ifPresent(v -> Stream.of(v.invitation(), v.parentView(), v.childView(), v.noViewReason())
                            .forEach(texts::add));
            review.practitionerVoice().ifPresent(v -> Stream.of(v.whatHelped(), v.whatGotInTheWay(), v.notHeardReason())
                    .forEach(texts::add));
        });
        audit.immediateConcerns().forEach(c -> Stream.of(c.concern(), c.actionTaken(), c.ownerRole(), c.outcome())
                .forEach(texts::add));
        audit.candidates().forEach(c -> {
            c.children().forEach(child -> texts.add(child.pseudonym()));
            c.unborn().forEach(u -> {
                texts.add(u.pseudonym());
                u.birth().ifPresent(b -> {
                    texts.add(b.knownAs());
                    b.firstYear().forEach(e -> texts.add(e.description()));
                });
            });
            c.adults().forEach(a -> texts.add(a.pseudonym()));
        });
    }

    @Test
    @DisplayName("has a large body of text to check")
    void thereIsText() {
        assertThat(texts).hasSizeGreaterThan(1000);
    }

    @Test
    @DisplayName("contains nothing shaped like a phone number, postcode, NHS number, date or e-mail address")
    void noContactDetails() {
        assertThat(texts)
                .noneMatch(t -> PHONE.matcher(t).find())
                .noneMatch(t -> POSTCODE.matcher(t).find())
                .noneMatch(t -> NHS_NUMBER.matcher(t).find())
                .noneMatch(t -> DATE.matcher(t).find())
                .noneMatch(t -> EMAIL.matcher(t).find());
    }

    @Test
    @DisplayName("gives no exact age where the case record keeps an age band")
    void noExactAges() {
        Pattern ages = Pattern.compile("\\b(aged|now) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                + "|thirteen|fourteen|fifteen|sixteen|seventeen|\\d+)\\b|\\b[a-z]+-year-old\\b|\\b(one|two|three)-year"
                + " review\\b");
        assertThat(texts).noneMatch(t -> ages.matcher(t).find());
    }

    @Test
    @DisplayName("names no internal id, of a concern or a case, in its prose")
    void noInternalIds() {
        Pattern ids = Pattern.compile("\\b(ic-\\d+|family-\\d+)\\b");
        assertThat(texts).noneMatch(t -> ids.matcher(t).find());
    }

    @Test
    @DisplayName("contains no common first name")
    void noFirstNames() {
        Pattern names = Pattern.compile("\\b(" + String.join("|", FIRST_NAMES) + ")\\b");
        assertThat(texts).noneMatch(t -> names.matcher(t).find());
    }
}
