package dev.maca.returns;

import static dev.maca.model.Preconditions.nonBlank;
import static dev.maca.model.Preconditions.present;

/**
 * One child's answer to "What was life like for the child?": asked for each child of the family, the baby included
 * once born, because a family of an older child and a new baby is not one child's story.
 *
 * @param child the child's pseudonym, as the case record gives it (e.g. "Child A", "Baby B")
 * @param experience what the agency's record shows of the child's daily life, voice and wishes, or, for an adult
 *     service, what it knew or did not know about the child
 */
public record ChildExperience(String child, String experience) {
    public ChildExperience {
        nonBlank(child, "child experience child");
        present(experience, "child experience experience");
    }
}
