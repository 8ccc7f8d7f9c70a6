package dev.maca.report.html;

import dev.maca.report.document.BarChart;
import dev.maca.report.document.Block;
import dev.maca.report.document.Callout;
import dev.maca.report.document.ChartSeries;
import dev.maca.report.document.CoverPage;
import dev.maca.report.document.Document;
import dev.maca.report.document.DocumentMetadata;
import dev.maca.report.document.Figure;
import dev.maca.report.document.ListBlock;
import dev.maca.report.document.ListItem;
import dev.maca.report.document.ListKind;
import dev.maca.report.document.PageBreak;
import dev.maca.report.document.Paragraph;
import dev.maca.report.document.Section;
import dev.maca.report.document.Subheading;
import dev.maca.report.document.Table;
import dev.maca.report.document.TableOfContents;
import dev.maca.report.document.TextRun;
import dev.maca.report.render.DocumentRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link Document} as one self-contained, accessible HTML5 page (for web publication):
 * semantic landmarks and headings, tables with captions and scoped header cells, figures with
 * alternative text and their data, the protective marking at the top and bottom, inline CSS with
 * print styles, and no external resources. All text is escaped.
 *
 * <p>Stateless and thread-safe; the same document gives the same bytes.
 */
public final class HtmlRenderer implements DocumentRenderer {

    private HtmlRenderer() {}

    /** Returns the renderer. */
    public static HtmlRenderer create() {
        return new HtmlRenderer();
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public byte[] render(Document document) {
        Objects.requireNonNull(document, "document");
        return new Page(document).html().getBytes(StandardCharsets.UTF_8);
    }

    /** The HTML of one document, built in a single pass. */
    private static final class Page {
        private final Document document;
        private final StringBuilder html = new StringBuilder(16 * 1024);
        private int sectionNumber;
        private int subheadingNumber;
        private int figureNumber;

        Page(Document document) {
            this.document = document;
        }

        String html() {
            DocumentMetadata meta = document.metadata();
            html.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(escape(meta.language()))
                    .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>")
                    .append(escape(meta.title()))
                    .append("</title>\n");
            meta.author().ifPresent(a -> meta("author", a));
            meta.subject().ifPresent(s -> meta("description", s));
            if (!meta.keywords().isEmpty()) {
                meta("keywords", String.join(", ", meta.keywords()));
            }
            html.append("<style>\n").append(Styles.CSS).append("</style>\n</head>\n<body>\n");
            header();
            html.append("<main>\n");
            for (Section section : document.sections()) {
                section(section);
            }
            html.append("</main>\n<footer>\n");
            marking("marking marking-bottom");
            html.append("</footer>\n</body>\n</html>\n");
            return html.toString();
        }

        private void meta(String name, String content) {
            html.append("<meta name=\"")
                    .append(name)
                    .append("\" content=\"")
                    .append(escape(content))
                    .append("\">\n");
        }

        private void marking(String cssClass) {
            html.append("<p class=\"")
                    .append(cssClass)
                    .append("\"><span class=\"visually-hidden\">Protective marking: </span>")
                    .append(escape(document.metadata().marking().label()))
                    .append("</p>\n");
        }

        private void header() {
            DocumentMetadata meta = document.metadata();
            html.append("<header class=\"title-block\">\n");
            // The marking sits inside the banner landmark, so no content of the page is outside a landmark.
            marking("marking marking-top");
            if (document.cover().isPresent()) {
                CoverPage cover = document.cover().get();
                cover.partnership().ifPresent(p -> line("partnership", p));
                html.append("<h1>").append(escape(meta.title())).append("</h1>\n");
                cover.subtitle().ifPresent(s -> line("subtitle", s));
                cover.status().ifPresent(s -> line("status", s));
                cover.date().ifPresent(d -> line("date", d));
            } else {
                html.append("<h1>").append(escape(meta.title())).append("</h1>\n");
                meta.subject().ifPresent(s -> line("subtitle", s));
                meta.author().ifPresent(a -> line("author", a));
            }
            html.append("</header>\n");
        }

        private void line(String cssClass, String text) {
            html.append("<p class=\"")
                    .append(cssClass)
                    .append("\">")
                    .append(escape(text))
                    .append("</p>\n");
        }

        private void section(Section section) {
            sectionNumber++;
            subheadingNumber = 0;
            String id = "section-" + sectionNumber;
            html.append("<section aria-labelledby=\"").append(id).append("\">\n");
            html.append("<h2 id=\"")
                    .append(id)
                    .append("\">")
                    .append(escape(section.title()))
                    .append("</h2>\n");
            for (Block block : section.blocks()) {
                block(block);
            }
            html.append("</section>\n");
        }

        private void block(Block block) {
            if (block instanceof Subheading subheading) {
                subheadingNumber++;
                html.append("<h3 id=\"section-")
                        .append(sectionNumber)
                        .append('-')
                        .append(subheadingNumber)
                        .append("\">")
                        .append(escape(subheading.text()))
                        .append("</h3>\n");
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>");
                runs(paragraph);
                html.append("</p>\n");
            } else if (block instanceof ListBlock list) {
                list(list, 0);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Figure figure) {
                figure(figure);
            } else if (block instanceof Callout callout) {
                callout(callout);
            } else if (block instanceof PageBreak) {
                html.append("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
            } else if (block instanceof TableOfContents) {
                contents();
            } else {
                throw new IllegalArgumentException(
                        "unsupported block: " + block.getClass().getSimpleName());
            }
        }

        private void runs(Paragraph paragraph) {
            for (TextRun run : paragraph.runs()) {
                String text = escape(run.text());
                if (run.style().isBold() && run.style().isItalic()) {
                    html.append("<strong><em>").append(text).append("</em></strong>");
                } else if (run.style().isBold()) {
                    html.append("<strong>").append(text).append("</strong>");
                } else if (run.style().isItalic()) {
                    html.append("<em>").append(text).append("</em>");
                } else {
                    html.append(text);
                }
            }
        }

        private void list(ListBlock list, int depth) {
            boolean numbered = list.kind() == ListKind.NUMBERED;
            String tag = numbered ? "ol" : "ul";
            html.append('<').append(tag);
            if (numbered && depth > 0) {
                html.append(" type=\"").append(depth == 1 ? "a" : "i").append('"');
            }
            html.append(">\n");
            for (ListItem item : list.items()) {
                html.append("<li>");
                runs(item.text());
                item.sublist().ifPresent(sub -> {
                    html.append('\n');
                    list(sub, depth + 1);
                });
                html.append("</li>\n");
            }
            html.append("</").append(tag).append(">\n");
        }

        private void table(Table table) {
            html.append("<div class=\"table-wrap").append(keep(table)).append("\">\n<table>\n");
            table.caption()
                    .ifPresent(c -> html.append("<caption>").append(escape(c)).append("</caption>\n"));
            List<Float> widths = table.relativeWidths();
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            html.append("<colgroup>");
            for (float w : widths) {
                html.append("<col style=\"width:")
                        .append(String.format(Locale.ROOT, "%.1f", 100 * w / total))
                        .append("%\">");
            }
            html.append("</colgroup>\n<thead>\n<tr>");
            for (String heading : table.header()) {
                html.append("<th scope=\"col\">").append(escape(heading)).append("</th>");
            }
            html.append("</tr>\n</thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                html.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    if (c == 0 && table.rowHeaders()) {
                        html.append("<th scope=\"row\">")
                                .append(escape(row.get(c)))
                                .append("</th>");
                    } else {
                        html.append("<td>").append(escape(row.get(c))).append("</td>");
                    }
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n</div>\n");
        }

        private void figure(Figure figure) {
            figureNumber++;
            html.append("<figure>\n<div class=\"chart\" role=\"img\" aria-label=\"")
                    .append(escape(figure.altText()))
                    .append("\">\n");
            if (figure.chart() instanceof BarChart bar) {
                barChart(bar);
            }
            html.append("</div>\n");
            figure.caption()
                    .ifPresent(
                            c -> html.append("<figcaption>").append(escape(c)).append("</figcaption>\n"));
            html.append("</figure>\n");
            if (figure.showDataTable()) {
                table(figure.dataTable());
            }
        }

        /** A bar chart drawn with CSS bars; hidden from assistive technology, which reads the label. */
        private void barChart(BarChart chart) {
            double max = 0;
            for (ChartSeries s : chart.series()) {
                for (double v : s.values()) {
                    max = Math.max(max, v);
                }
            }
            html.append("<div aria-hidden=\"true\">\n");
            for (int c = 0; c < chart.categories().size(); c++) {
                html.append("<div class=\"bar-group\"><div class=\"bar-label\">")
                        .append(escape(chart.categories().get(c)))
                        .append("</div><div class=\"bars\">");
                for (int s = 0; s < chart.series().size(); s++) {
                    double value = chart.series().get(s).values().get(c);
                    double percent = max <= 0 ? 0 : 100 * Math.max(0, value) / max;
                    html.append("<div class=\"bar series-")
                            .append(s % Styles.SERIES_COLOURS)
                            .append("\" style=\"width:")
                            .append(String.format(Locale.ROOT, "%.1f", percent))
                            .append("%\"><span>")
                            .append(escape(chart.asTable().rows().get(c).get(s + 1)))
                            .append("</span></div>");
                }
                html.append("</div></div>\n");
            }
            if (chart.series().size() > 1) {
                html.append("<div class=\"legend\">");
                for (int s = 0; s < chart.series().size(); s++) {
                    html.append("<span class=\"key series-")
                            .append(s % Styles.SERIES_COLOURS)
                            .append("\"></span>")
                            .append(escape(chart.series().get(s).name()))
                            .append(' ');
                }
                html.append("</div>\n");
            }
            html.append("<div class=\"axis\">")
                    .append(escape(chart.valueAxisLabel()))
                    .append("</div>\n</div>\n");
        }

        /** The class that asks a printing browser not to split a block the model keeps on one page. */
        private static String keep(Block block) {
            return block.keepTogether() ? " keep-together" : "";
        }

        private void callout(Callout callout) {
            html.append("<aside class=\"callout")
                    .append(keep(callout))
                    .append("\">\n<p class=\"callout-title\"><strong>")
                    .append(escape(callout.title()))
                    .append("</strong></p>\n");
            for (Block block : callout.content()) {
                block(block);
            }
            html.append("</aside>\n");
        }

        private void contents() {
            html.append("<nav class=\"contents\" aria-label=\"Contents\">\n<ol>\n");
            List<Section> sections = document.sections();
            for (int s = 0; s < sections.size(); s++) {
                if (s < sectionNumber) {
                    continue;
                }
                Section section = sections.get(s);
                html.append("<li><a href=\"#section-")
                        .append(s + 1)
                        .append("\">")
                        .append(escape(section.title()))
                        .append("</a>");
                int sub = 0;
                StringBuilder subs = new StringBuilder();
                for (Block block : section.blocks()) {
                    if (block instanceof Subheading subheading) {
                        sub++;
                        subs.append("<li><a href=\"#section-")
                                .append(s + 1)
                                .append('-')
                                .append(sub)
                                .append("\">")
                                .append(escape(subheading.text()))
                                .append("</a></li>\n");
                    }
                }
                if (sub > 0) {
                    html.append("\n<ol>\n").append(subs).append("</ol>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n</nav>\n");
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
