package dev.maca.report.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One fillable form as data: its identity, its parts in reading order and what every page shows. Every kind of form
 * (an agency's audit tool, the panel's record) is built as this model; {@link FormPdf} renders it and {@link
 * FilledForm#values} reads a completed form back against it, so identity, options and refusal rules are written once.
 *
 * @param identity what the form is for, shown read-only and checked on import
 * @param title the document title (metadata and window title)
 * @param parts the parts in reading order
 * @param marking the protective marking every page shows at its head
 * @param footer what every page shows at its foot, beside the page number
 */
record FormModel(FormIdentity identity, String title, List<Part> parts, String marking, String footer) {
    FormModel {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(title, "title");
        parts = List.copyOf(parts);
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(footer, "footer");
    }

    /** Every field of the form, in reading order: the identity fields, then the fields of every item. */
    List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Item item) {
                fields.addAll(item.fields());
            }
        }
        return fields;
    }

    /** The items of the form, in reading order. */
    List<Item> items() {
        return parts.stream()
                .filter(Item.class::isInstance)
                .map(Item.class::cast)
                .toList();
    }

    /** A part of a form, in reading order. */
    sealed interface Part permits Title, Prose, IdentityBox, Heading, Item {}

    /** The form's title, as its first heading. */
    record Title(String text) implements Part {}

    /** How a paragraph of prose is set. */
    enum Tone {
        /** Body text. */
        BODY,
        /** Smaller, muted text: guidance and notes. */
        GUIDANCE,
        /** Bold body text, for what a reader must not miss. */
        STRONG
    }

    /** A paragraph of text, and the space after it. */
    record Prose(String text, Tone tone, float spaceAfter) implements Part {
        static Prose body(String text) {
            return new Prose(text, Tone.BODY, 3);
        }

        static Prose guidance(String text) {
            return new Prose(text, Tone.GUIDANCE, 3);
        }
    }

    /** The box of read-only identity fields. */
    record IdentityBox() implements Part {}

    /** A section heading, with the statement under it (may be empty). */
    record Heading(String text, String statement) implements Part {}

    /**
     * A question or a row of fields: its label (empty for a row of a repeated group), guidance (may be empty), and its
     * fields side by side. Where an item has a choice, text written in its other fields with nothing chosen is refused
     * on import, so an explanation is never kept without what it explains.
     *
     * @param label the question, numbered where questions are ("Q3  Was …"), or empty
     * @param guidance what to look at and what counts, or empty
     * @param fields the fields, left to right
     * @param ruled whether a rule separates the item from what comes before it
     */
    record Item(String label, String guidance, List<Field> fields, boolean ruled) implements Part {
        Item {
            fields = List.copyOf(fields);
        }

        static Item of(String label, String guidance, Field... fields) {
            return new Item(label, guidance, List.of(fields), false);
        }

        /** A row of a repeated group (attendees, conversations): no label of its own. */
        static Item row(Field... fields) {
            return new Item("", "", List.of(fields), false);
        }
    }

    /** A field of a form. */
    sealed interface Field permits Choice, Entry {
        /** The field's name in the PDF form. */
        String name();

        /** The caption shown above the field. */
        String caption();

        /** The name a screen reader gives the field, naming its question. */
        String accessibleName();
    }

    /** A drop-down list: the answer must be one of its options. */
    record Choice(String name, String caption, String accessibleName, List<String> options) implements Field {
        Choice {
            options = List.copyOf(options);
        }
    }

    /** How much room a text field gives. */
    enum Size {
        /** One line. */
        LINE(18),
        /** A few lines, as for evidence or a rationale. */
        BOX(58),
        /** A paragraph. */
        LARGE(72),
        /** Several paragraphs, as for a child's lived experience. */
        TALL(92);

        private final float height;

        Size(float height) {
            this.height = height;
        }

        /** The field's height in points. */
        float height() {
            return height;
        }
    }

    /** A text field, of a given size, and optionally a fixed width in points (otherwise it shares the row). */
    record Entry(String name, String caption, String accessibleName, Size size, OptionalDouble width) implements Field {
        static Entry of(String name, String caption, String accessibleName, Size size) {
            return new Entry(name, caption, accessibleName, size, OptionalDouble.empty());
        }
    }
}
