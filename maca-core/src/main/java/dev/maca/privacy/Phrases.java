package dev.maca.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names and places from the host's lists, matched as whole words or whole phrases in any case: "Jane" flags "Jane",
 * "JANE" and "Jane's" but not "Janet"; "Jane Smith" flags "jane smith" and "Jane  Smith's".
 *
 * <p>Texts and list entries are cut into the same words (letters and digits, with apostrophes inside a word), and each
 * word is compared by a key: lower case, accents removed ("Zoë" matches "Zoe"), curly apostrophes straightened and a
 * possessive "'s" or trailing apostrophe dropped. The entries form a tree of words, so a text is scanned once, word by
 * word, whatever the length of the lists: each word starts at most one walk down the tree, as long as the longest
 * entry. Where entries overlap, the longest wins.
 */
final class Phrases implements Detector {
    private final Node root = new Node();

    /** Adds an entry; it must have at least one word of two or more characters. */
    void add(String phrase, Kind kind) {
        List<Word> words = words(phrase);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("has no letters");
        }
        if (words.size() == 1 && words.get(0).key().length() < 2) {
            throw new IllegalArgumentException("is a single letter, which would match that letter everywhere");
        }
        Node node = root;
        for (Word word : words) {
            node = node.children.computeIfAbsent(word.key(), key -> new Node());
        }
        if (node.kind == null || kind == Kind.PERSON_NAME) {
            node.kind = kind;
        }
    }

    boolean isEmpty() {
        return root.children.isEmpty();
    }

    @Override
    public void find(String text, List<Span> found) {
        if (isEmpty()) {
            return;
        }
        List<Word> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            Node node = root;
            int last = -1;
            Kind kind = null;
            for (int j = i; j < words.size(); j++) {
                node = node.children.get(words.get(j).key());
                if (node == null) {
                    break;
                }
                if (node.kind != null) {
                    last = j;
                    kind = node.kind;
                }
            }
            if (last >= 0) {
                found.add(new Span(words.get(i).start(), words.get(last).end(), kind));
                i = last;
            }
        }
    }

    /** One word of a text: where it is, without a possessive ending, and the key it is compared by. */
    private record Word(int start, int end, String key) {}

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private Kind kind;
    }

    private static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isWordPart(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int end = i;
            while (i < length) {
                c = text.codePointAt(i);
                if (isWordPart(c)) {
                    i += Character.charCount(c);
                    end = i;
                } else if (isApostrophe(c) && i + 1 < length && isWordPart(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(word(text, start, end));
        }
        return words;
    }

    private static Word word(String text, int start, int end) {
        int base = end;
        if (end - start > 2
                && isApostrophe(text.charAt(end - 2))
                && Character.toLowerCase(text.charAt(end - 1)) == 's') {
            base = end - 2;
        }
        return new Word(start, base, key(text.substring(start, base)));
    }

    private static String key(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) > 0x7F) {
                return Normalizer.normalize(key, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replace('\u2019', '\'')
                        .replace('\u02BC', '\'');
            }
        }
        return key;
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
