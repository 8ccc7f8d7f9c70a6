package dev.maca.tool;

import dev.maca.agency.RegisteredAgency;
import dev.maca.agency.Scopes;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.AuditorIndependence;
import dev.maca.returns.ContactMode;
import dev.maca.returns.EvidenceRating;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AuditScope;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two small agencies, police and midwifery, and the returns of an audit with the Torbay-like test scope. */
final class ToolFixtures {
    private ToolFixtures() {}

    /** A module with fixed parts. */
    record FixedModule(String id, String name, QuestionBank questionBank) implements AgencyModule {}

    static final AuditScope SCOPE = Scopes.requiring("police", "midwifery");

    static Question question(String id, ResponseType type, boolean required, String... themes) {
        return new Question(id, "Question " + id + "?", "Guidance for " + id + ".", type, required, List.of(themes));
    }

    static final QuestionBank POLICE_BANK = new QuestionBank(List.of(
            question("police-covid-contact", ResponseType.CONTACT_MODE, true, "covid-19"),
            question("police-dash", ResponseType.EVIDENCED, true, "domestic-abuse"),
            question("police-information-shared", ResponseType.EVIDENCED, true, "information-sharing"),
            question("police-males", ResponseType.EVIDENCED, true, "fathers-and-males", "domestic-abuse"),
            question("police-notes", ResponseType.FREE_TEXT, false, "covid-19")));

    static final QuestionBank MIDWIFERY_BANK = new QuestionBank(List.of(
            question("midwifery-booking", ResponseType.EVIDENCED, true, "professional-curiosity", "covid-19"),
            question("midwifery-grade", ResponseType.GRADED, true, "substance-misuse")));

    static RegisteredAgency agency(String id, QuestionBank bank, String version) {
        return new RegisteredAgency(
                new FixedModule(id, "Agency " + id, bank), id, "Agency " + id, Optional.empty(), bank, version, "test");
    }

    static final RegisteredAgency POLICE = agency("police", POLICE_BANK, "1.0.0");

    static final RegisteredAgency MIDWIFERY = agency("midwifery", MIDWIFERY_BANK, "1.0.0");

    static Map<String, AuditTool> tools() {
        return AuditTools.assembleAll(SCOPE, List.of(POLICE, MIDWIFERY));
    }

    /** A complete police return answering every question of the police tool. */
    static AuditReturn completePoliceReturn(AuditTool tool) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("police-covid-contact", new Answer.Contact(ContactMode.MIXED, "Two home visits, four calls."));
        answers.put("police-dash", new Answer.Evidenced(EvidenceRating.YES, "DASH at each incident."));
        answers.put("police-males", new Answer.Evidenced(EvidenceRating.PARTLY, "Partner checked, father not."));
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        for (String objectiveId : tool.objectiveIds()) {
            judgements.put(objectiveId, new Judgement("good", "Sound."));
        }
        return AuditReturn.builder("family-01", "police")
                .toolVersion(tool.version())
                .completedOn(LocalDate.of(2021, 4, 20))
                .auditorRole("Detective Sergeant, Public Protection")
                .answers(answers)
                .objectiveJudgements(judgements)
                .overall(Optional.of(new Judgement("good", "Overall sound.")))
                .livedExperience("Child A was frightened by shouting at home.")
                .impact("Officers' notifications brought the health visitor back to the family.")
                .goodPractice("Prompt DASH.")
                .areasForDevelopment("Record the child's voice.")
                .actionNow(ActionNow.nothingNeeded())
                .independence(AuditorIndependence.independent())
                .recordsExamined("Incident logs and the public protection notice for 2020.")
                .build();
    }

    /** {@code original} with these parts replaced. */
    static AuditReturn with(
            AuditReturn original,
            ReturnStatus status,
            List<String> unanswered,
            Map<String, Answer> answers,
            Map<String, Judgement> judgements,
            Optional<Judgement> overall,
            String livedExperience) {
        return original.toBuilder()
                .status(status)
                .unanswered(unanswered)
                .answers(answers)
                .objectiveJudgements(judgements)
                .overall(overall)
                .livedExperience(livedExperience)
                .build();
    }

    static <V> Map<String, V> without(Map<String, V> map, String key) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    static <V> Map<String, V> plus(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
