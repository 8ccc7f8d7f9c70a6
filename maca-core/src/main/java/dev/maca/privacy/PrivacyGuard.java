package dev.maca.privacy;

import static dev.maca.model.Preconditions.present;

import dev.maca.audit.Audit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Stops personal data reaching a document: scans every string of an audit for the names and places the host lists,
 * NHS numbers, postcodes, phone numbers, e-mail addresses and dates, and either refuses the audit ({@link Policy#FAIL},
 * the default) or replaces each value by a visible marker ({@link Policy#REDACT}).
 *
 * <p>The guard reports where it found what, by JSON path and kind, and never the value: its findings, exceptions and
 * messages are safe to show and to log. It logs nothing itself. A guard is immutable and safe to share between
 * threads; its patterns are compiled once, and an audit is scanned in one pass, in time linear in its text, however
 * many names are listed.
 *
 * <pre>{@code
 * PrivacyGuard guard = PrivacyGuard.builder()
 *         .namesFrom(Path.of("names.txt"))
 *         .places(List.of("Riverside Primary School", "Harbour Surgery"))
 *         .build();
 * GuardedAudit guarded = guard.apply(audit); // throws PrivacyException listing every finding
 * }</pre>
 */
public final class PrivacyGuard {
    private final TextScanner scanner;
    private final Policy policy;

    private PrivacyGuard(TextScanner scanner, Policy policy) {
        this.scanner = scanner;
        this.policy = policy;
    }

    /** A builder with no names or places and the {@link Policy#FAIL} policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** What this guard does with an audit that holds personal data. */
    public Policy policy() {
        return policy;
    }

    /** Every piece of personal data in the audit, by path and kind, whatever the policy; the audit is not changed. */
    public PrivacyReport check(Audit audit) {
        present(audit, "audit");
        Sweep sweep = new Sweep(scanner, false);
        new AuditRewriter(sweep).rewrite(audit);
        return sweep.report();
    }

    /**
     * The audit in the only form renderers accept. Under {@link Policy#FAIL} it is the audit itself, when it holds no
     * personal data. Under {@link Policy#REDACT} it is a copy with every value in free text replaced by the marker of
     * its kind (the audit itself when there was nothing to redact), carrying how many redactions were made.
     *
     * @throws PrivacyException under {@link Policy#FAIL} when the audit holds personal data; under either policy when
     *     an identifier (a case, question or objective id…) holds it, as replacing an identifier would break the
     *     audit. The exception lists every finding by path and kind.
     */
    public GuardedAudit apply(Audit audit) {
        present(audit, "audit");
        Sweep sweep = new Sweep(scanner, policy == Policy.REDACT);
        Audit redacted = new AuditRewriter(sweep).rewrite(audit);
        PrivacyReport report = sweep.report();
        if (report.isClean()) {
            return new GuardedAudit(audit, report);
        }
        if (policy == Policy.FAIL) {
            throw PrivacyException.personalData(report);
        }
        PrivacyReport unredactable = sweep.unredactable();
        if (!unredactable.isClean()) {
            throw PrivacyException.unredactable(unredactable);
        }
        return new GuardedAudit(redacted, report);
    }

    /**
     * Sets up a {@link PrivacyGuard}: the names of the case members and the schools and GP practices to look for, and
     * the policy. Names and places added by several calls add up.
     */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final List<String> origins = new ArrayList<>();
        private final List<String> placeOrigins = new ArrayList<>();
        private Policy policy = Policy.FAIL;

        private Builder() {}

        /**
         * Adds names of case members, as full names ("Jane Smith") or single names ("Jane", "Smith"), matched as whole
         * words in any case, also in the possessive ("Smith's").
         *
         * @throws IllegalArgumentException naming the position (never the name) of an entry that is blank or a single
         *     letter
         */
        public Builder names(Collection<String> names) {
            present(names, "names");
            int index = 0;
            for (String name : names) {
                add(this.names, origins, name, "names[" + index++ + "]");
            }
            return this;
        }

        /**
         * Adds the names in a UTF-8 file, one a line; {@code #} starts a comment and blank lines are ignored.
         *
         * @throws java.io.UncheckedIOException naming the file (and the line, for text that is not UTF-8) when it
         *     cannot be read
         * @throws IllegalArgumentException naming the file and line of an entry that is a single letter
         */
        public Builder namesFrom(Path file) {
            present(file, "names file");
            for (ListFile.Entry entry : ListFile.read(file, "names")) {
                add(names, origins, entry.text(), "the names file " + file + " line " + entry.line());
            }
            return this;
        }

        /**
         * Adds names of schools, GP practices or other places that identify a family ("Riverside Primary School"),
         * matched as whole phrases in any case.
         *
         * @throws IllegalArgumentException naming the position (never the place) of an entry that is blank or a single
         *     letter
         */
        public Builder places(Collection<String> places) {
            present(places, "places");
            int index = 0;
            for (String place : places) {
                add(this.places, placeOrigins, place, "places[" + index++ + "]");
            }
            return this;
        }

        /**
         * Adds the places in a UTF-8 file, one a line, in the format of {@link #namesFrom(Path)}.
         *
         * @throws java.io.UncheckedIOException naming the file (and the line, for text that is not UTF-8) when it
         *     cannot be read
         * @throws IllegalArgumentException naming the file and line of an entry that is a single letter
         */
        public Builder placesFrom(Path file) {
            present(file, "places file");
            for (ListFile.Entry entry : ListFile.read(file, "places")) {
                add(places, placeOrigins, entry.text(), "the places file " + file + " line " + entry.line());
            }
            return this;
        }

        /** What the guard does with an audit that holds personal data; {@link Policy#FAIL} unless set. */
        public Builder policy(Policy policy) {
            this.policy = present(policy, "policy");
            return this;
        }

        /**
         * The guard.
         *
         * @throws IllegalArgumentException naming where it came from (never the entry) when a name or place has no
         *     letters or is a single letter, which would flag that letter everywhere
         */
        public PrivacyGuard build() {
            Phrases phrases = new Phrases();
            addAll(phrases, names, origins, Kind.PERSON_NAME);
            addAll(phrases, places, placeOrigins, Kind.PLACE_NAME);
            return new PrivacyGuard(new TextScanner(phrases), policy);
        }

        private static void add(List<String> entries, List<String> origins, String entry, String origin) {
            present(entry, origin);
            if (entry.isBlank()) {
                throw new IllegalArgumentException(origin + " is blank");
            }
            entries.add(entry);
            origins.add(origin);
        }

        private static void addAll(Phrases phrases, List<String> entries, List<String> origins, Kind kind) {
            for (int i = 0; i < entries.size(); i++) {
                try {
                    phrases.add(entries.get(i), kind);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origins.get(i) + " " + e.getMessage(), e);
                }
            }
        }
    }
}
