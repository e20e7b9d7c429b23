package org.uncacworkbench.panel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.ChineseNumerals;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/**
 * Drafts a session's minutes in Taiwan's government format (會議紀錄) as Markdown, from the
 * session's record: the heading fields (時間, 地點, 主席, 出席, 列席, 請假, 紀錄), then
 * 壹、主席致詞; 貳、確認上次會議紀錄 with the earlier rulings' tracking; 參、報告事項; 肆、討論事項;
 * 伍、臨時動議; 陸、散會. The secretariat edits the draft before it is exported.
 */
public final class MinutesWriter {

    /** Everything the minutes say, gathered by the service. */
    public record Record(Cycle cycle, PanelSession session, List<PanelMember> members, List<Attendance> attendance,
                         Map<String, Agency> agencies, List<Ruling> rulings, List<Ruling> earlierRulings,
                         Map<Long, List<ActionItem>> actionsByRuling, List<PanelComment> comments) {
    }

    private MinutesWriter() {
    }

    /** The title line: 〈panel〉第N次會議紀錄. */
    public static String title(Cycle cycle, int sessionNo, Language language) {
        return Messages.of(language).format("minutes.title", cycle.title(language), sessionNo);
    }

    public static String write(Record r, Language language) {
        return draft(r, language).markdown();
    }

    /**
     * The minutes and, in English, the texts the record has only in Chinese: each is written as
     * "[Chinese only] 原文" so it is never silently mixed in, and listed so the user can fill it in.
     */
    public static Written draft(Record r, Language language) {
        return new Pass(r, language).write();
    }

    /** The drafted minutes and the texts they lack in their language (none in Chinese). */
    public record Written(String markdown, java.util.List<MissingEnglish> missing) {
    }

    /** One writing of the minutes in one language. */
    private static final class Pass {
        private final Record r;
        private final Language language;
        private final Messages m;
        private final Map<Long, PanelMember> members;
        private final java.util.LinkedHashMap<String, MissingEnglish> missing = new java.util.LinkedHashMap<>();
        private final StringBuilder md = new StringBuilder();

        Pass(Record r, Language language) {
            this.r = r;
            this.language = language;
            this.m = Messages.of(language);
            this.members = r.members().stream().collect(Collectors.toMap(PanelMember::id, Function.identity()));
        }

        /** The text in the edition's language; in English without one, the Chinese marked and listed. */
        private String text(String zh, String en, MissingEnglish.Kind kind, long id, Integer itemNo) {
            if (zh == null || zh.isBlank()) {
                return zh;
            }
            if (language.isChinese()) {
                return zh;
            }
            if (en != null && !en.isBlank()) {
                return en;
            }
            missing.putIfAbsent(kind + ":" + id, new MissingEnglish(kind, id, itemNo, zh.strip()));
            return m.get("minutes.chineseOnly") + " " + zh;
        }

        private String member(PanelMember who) {
            return who == null ? "?" : m.format("minutes.memberName", text(who.nameZh(), who.nameEn(), MissingEnglish.Kind.MEMBER_NAME, who.id(), null));
        }

        Written write() {
            PanelSession s = r.session();
            field(md, m.get("minutes.time"), DateFormats.meetingTime(s.startsAt(), language));
            field(md, m.get("minutes.venue"), orDash(text(s.venueZh(), s.venueEn(), MissingEnglish.Kind.VENUE, s.id(), null)));
            field(md, m.get("minutes.chair"), chair(s));
            field(md, m.get("minutes.present"), names(AttendanceStatus.PRESENT));
            field(md, m.get("minutes.inAttendance"), names(AttendanceStatus.IN_ATTENDANCE));
            field(md, m.get("minutes.apologies"), names(AttendanceStatus.APOLOGIES));
            field(md, m.get("minutes.recorder"), orDash(text(s.recorder(), s.recorderEn(), MissingEnglish.Kind.RECORDER, s.id(), null)));

            heading(md, m.get("minutes.part.opening"));
            String remarks = text(s.openingRemarks(), s.openingRemarksEn(), MissingEnglish.Kind.OPENING_REMARKS, s.id(), null);
            paragraph(md, remarks == null || remarks.isBlank() ? m.get("minutes.omitted") : remarks.strip());

            heading(md, m.get("minutes.part.previous"));
            previous();

            for (ItemKind kind : ItemKind.values()) {
                heading(md, m.get("minutes.part." + kind.code()));
                items(kind);
            }
            offAgenda();
            String end = s.endsAt() == null ? "" : m.format("minutes.adjournedAt", DateFormats.clock(s.endsAt().toLocalTime(), language));
            heading(md, m.get("minutes.part.adjourned") + end);
            return new Written(md.toString(), List.copyOf(missing.values()));
        }

        private String ruling(Ruling ruling) {
            return text(ruling.textZh(), ruling.textEn(), MissingEnglish.Kind.RULING, ruling.id(), ruling.itemNo());
        }

        private void previous() {
            if (r.session().number() == 1) {
                paragraph(md, m.get("minutes.noPrevious"));
                return;
            }
            paragraph(md, m.format("minutes.previousConfirmed", r.session().number() - 1));
            if (r.earlierRulings().isEmpty()) {
                paragraph(md, m.get("minutes.noTracked"));
                return;
            }
            md.append("| ").append(m.get("minutes.col.case")).append(" | ").append(m.get("minutes.col.ruling")).append(" | ")
                    .append(m.get("minutes.col.progress")).append(" | ").append(m.get("minutes.col.tracking")).append(" |\n|---|---|---|---|\n");
            for (Ruling ruling : r.earlierRulings()) {
                boolean released = !ruling.tracked() && ruling.releasedSessionId() != null && ruling.releasedSessionId() == r.session().id();
                String progress = r.actionsByRuling().getOrDefault(ruling.id(), List.of()).stream()
                        .map(a -> text(a.descriptionZh(), a.descriptionEn(), MissingEnglish.Kind.ACTION, a.id(), null)
                                + m.get("minutes.actionStatus." + a.status().code()))
                        .collect(Collectors.joining("<br>"));
                md.append("| ").append(m.format("minutes.caseRef", ruling.sessionNo(), number(ruling.itemNo(), language))).append(" | ")
                        .append(cell(ruling(ruling))).append(" | ").append(progress.isEmpty() ? "—" : cell(progress)).append(" | ")
                        .append(m.get(released ? "minutes.released" : "minutes.tracking")).append(" |\n");
            }
            md.append('\n');
        }

        private void items(ItemKind kind) {
            List<AgendaItem> items = r.session().agenda().stream().filter(i -> i.kind() == kind).toList();
            if (items.isEmpty()) {
                paragraph(md, m.get("minutes.none"));
                return;
            }
            int n = 0;
            for (AgendaItem item : items) {
                md.append("## ").append(m.format("minutes.case", number(++n, language))).append("\n\n");
                paragraph(md, "**" + m.get("minutes.subject") + "**" + m.get("minutes.colon")
                        + text(item.titleZh(), item.titleEn(), MissingEnglish.Kind.ITEM_TITLE, item.id(), item.number()));
                String explanation = text(item.explanationZh(), item.explanationEn(), MissingEnglish.Kind.ITEM_EXPLANATION, item.id(), item.number());
                if (explanation != null && !explanation.isBlank()) {
                    paragraph(md, "**" + m.get("minutes.explanation") + "**" + m.get("minutes.colon") + explanation.strip());
                }
                List<PanelComment> comments = r.comments().stream().filter(c -> c.agendaItemId() != null && c.agendaItemId() == item.id()).toList();
                if (!comments.isEmpty()) {
                    paragraph(md, "**" + m.get("minutes.comments") + "**" + m.get("minutes.colon"));
                    for (PanelComment c : comments) {
                        String where = c.paragraph() == null ? "" : m.format("minutes.paragraphRef", c.paragraph());
                        md.append("- ").append(member(members.get(c.memberId()))).append(where).append(m.get("minutes.colon"))
                                .append(comment(c, item.number())).append('\n');
                    }
                    md.append('\n');
                }
                r.rulings().stream().filter(x -> x.agendaItemId() == item.id()).findFirst().ifPresent(ruling ->
                        paragraph(md, "**" + m.get("minutes.ruling." + ruling.kind().code()) + "**" + m.get("minutes.colon") + ruling(ruling)));
            }
        }

        private String comment(PanelComment c, Integer itemNo) {
            return text(c.body(), c.bodyEn(), MissingEnglish.Kind.COMMENT, c.id(), itemNo).strip().replace("\n", " ");
        }

        /** Comments on articles that were not on the agenda, so that the minutes lose none of what was said. */
        private void offAgenda() {
            List<PanelComment> other = r.comments().stream().filter(c -> c.agendaItemId() == null).toList();
            if (other.isEmpty()) {
                return;
            }
            paragraph(md, "**" + m.get("minutes.offAgenda") + "**" + m.get("minutes.colon"));
            for (PanelComment c : other) {
                String where = m.format("minutes.articleRef", c.article() == null ? "" : c.article())
                        + (c.paragraph() == null ? "" : m.format("minutes.paragraphRef", c.paragraph()));
                md.append("- ").append(member(members.get(c.memberId()))).append(where).append(m.get("minutes.colon"))
                        .append(comment(c, null)).append('\n');
            }
            md.append('\n');
        }

        private String chair(PanelSession s) {
            if (s.chairMemberId() != null && members.containsKey(s.chairMemberId())) {
                return member(members.get(s.chairMemberId()));
            }
            return orDash(text(s.chairGovernment(), s.chairGovernmentEn(), MissingEnglish.Kind.GOVERNMENT_CHAIR, s.id(), null));
        }

        private String names(AttendanceStatus status) {
            String joined = r.attendance().stream().filter(a -> a.status() == status).map(a -> {
                if (a.memberId() != null && members.containsKey(a.memberId())) {
                    return member(members.get(a.memberId()));
                }
                String agency = a.agencyCode() == null ? "" : r.agencies().containsKey(a.agencyCode()) ? r.agencies().get(a.agencyCode()).name(language) : a.agencyCode();
                String person = text(a.personName(), a.personNameEn(), MissingEnglish.Kind.GUEST_NAME, a.id(), null);
                return agency.isEmpty() ? person : agency + (language.isChinese() ? "　" : " ") + person;
            }).collect(Collectors.joining(language.isChinese() ? "、" : ", "));
            return joined.isEmpty() ? "—" : joined;
        }
    }

    /** 一 in Chinese, 1 in English: cases are numbered 第一案 / Item 1. */
    private static String number(int n, Language language) {
        return language.isChinese() ? ChineseNumerals.of(n) : String.valueOf(n);
    }

    private static void field(StringBuilder md, String label, String value) {
        md.append(label).append(value).append("\n\n");
    }

    private static void heading(StringBuilder md, String text) {
        md.append("# ").append(text).append("\n\n");
    }

    private static void paragraph(StringBuilder md, String text) {
        md.append(text).append("\n\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
