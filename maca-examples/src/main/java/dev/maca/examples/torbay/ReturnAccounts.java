package dev.maca.examples.torbay;

import dev.maca.returns.ChildExperience;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each agency's return says, in the auditor's own words, of each child of the case (the lived-experience
 * question, asked per child and for the baby once born) and of the difference the agency made (the impact question).
 *
 * <p>Written by hand, family by family, from what each agency's record would hold: a service working with the children
 * describes their days and their words; an adult service says what its record shows it knew, or did not know, about
 * each child. The texts are in {@link AccountsFamilies01To02}, {@link AccountsFamilies03To06}, {@link
 * AccountsFamilies08To09}, {@link AccountsFamilies11To12}, {@link AccountsFamilies14To17} and {@link
 * AccountsFamilies19To23}.
 */
final class ReturnAccounts {
    /** One return's account: each child's lived experience, in the case's order, and the impact. */
    record Account(List<ChildExperience> children, String impact) {}

    private final Map<String, Account> accounts = new HashMap<>();

    private ReturnAccounts() {}

    /** Every account of the cohort's returns. */
    static ReturnAccounts all() {
        ReturnAccounts accounts = new ReturnAccounts();
        AccountsFamilies01To02.write(accounts);
        AccountsFamilies03To06.write(accounts);
        AccountsFamilies08To09.write(accounts);
        AccountsFamilies11To12.write(accounts);
        AccountsFamilies14To17.write(accounts);
        AccountsFamilies19To23.write(accounts);
        return accounts;
    }

    /** The account of the return of {@code agencyId} for {@code caseId}, if one is written. */
    Optional<Account> of(String caseId, String agencyId) {
        return Optional.ofNullable(accounts.get(caseId + "/" + agencyId));
    }

    /** Starts the account of one return: add each child, then the impact. */
    Writer write(String caseId, String agencyId) {
        return new Writer(caseId + "/" + agencyId);
    }

    /** The account of one return, a child at a time; {@link #impact} completes it. */
    final class Writer {
        private final String key;
        private final List<ChildExperience> children = new ArrayList<>();

        private Writer(String key) {
            this.key = key;
        }

        /** What the record shows of one child's life, by the child's pseudonym. */
        Writer child(String pseudonym, String experience) {
            children.add(new ChildExperience(pseudonym, experience));
            return this;
        }

        /** What difference the agency's involvement made for the children; completes the account. */
        void impact(String text) {
            if (accounts.putIfAbsent(key, new Account(List.copyOf(children), text)) != null) {
                throw new IllegalStateException("a second account for " + key);
            }
        }
    }
}
