package dev.maca.panel;

import static dev.maca.model.Preconditions.present;

/**
 * How the panel dealt with agencies whose own grades for an objective were two or more grades apart: the view it
 * reached together, and how the difference was resolved (what each agency saw that the others did not, and why the
 * agreed grade is where it is).
 *
 * @param agreedView the panel's moderated view of the practice
 * @param resolution how the difference between the agencies' grades was resolved
 */
public record Moderation(String agreedView, String resolution) {
    public Moderation {
        present(agreedView, "moderation agreedView");
        present(resolution, "moderation resolution");
    }
}
