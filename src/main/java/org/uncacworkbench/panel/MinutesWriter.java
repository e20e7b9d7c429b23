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
        Messages m = Messages.of(language);
        PanelSession s = r.session();
        Map<Long, PanelMember> members = r.members().stream().collect(Collectors.toMap(PanelMember::id, Function.identity()));
        StringBuilder md = new StringBuilder();
        field(md, m.get("minutes.time"), DateFormats.meetingTime(s.startsAt(), language));
        field(md, m.get("minutes.venue"), orDash(s.venue(language)));
        field(md, m.get("minutes.chair"), chair(s, members, language, m));
        field(md, m.get("minutes.present"), names(r, AttendanceStatus.PRESENT, members, language, m));
        field(md, m.get("minutes.inAttendance"), names(r, AttendanceStatus.IN_ATTENDANCE, members, language, m));
        field(md, m.get("minutes.apologies"), names(r, AttendanceStatus.APOLOGIES, members, language, m));
        field(md, m.get("minutes.recorder"), orDash(s.recorder()));

        heading(md, m.get("minutes.part.opening"));
        paragraph(md, s.openingRemarks() == null || s.openingRemarks().isBlank() ? m.get("minutes.omitted") : s.openingRemarks().strip());

        heading(md, m.get("minutes.part.previous"));
        previous(md, r, language, m);

        for (ItemKind kind : ItemKind.values()) {
            heading(md, m.get("minutes.part." + kind.code()));
            items(md, r, kind, members, language, m);
        }
        offAgenda(md, r, members, language, m);
        String end = s.endsAt() == null ? "" : m.format("minutes.adjournedAt", DateFormats.clock(s.endsAt().toLocalTime(), language));
        heading(md, m.get("minutes.part.adjourned") + end);
        return md.toString();
    }

    private static void previous(StringBuilder md, Record r, Language language, Messages m) {
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
                    .map(a -> a.description(language) + m.get("minutes.actionStatus." + a.status().code()))
                    .collect(Collectors.joining("<br>"));
            md.append("| ").append(m.format("minutes.caseRef", ruling.sessionNo(), number(ruling.itemNo(), language))).append(" | ")
                    .append(cell(ruling.text(language))).append(" | ").append(progress.isEmpty() ? "—" : cell(progress)).append(" | ")
                    .append(m.get(released ? "minutes.released" : "minutes.tracking")).append(" |\n");
        }
        md.append('\n');
    }

    private static void items(StringBuilder md, Record r, ItemKind kind, Map<Long, PanelMember> members, Language language, Messages m) {
        List<AgendaItem> items = r.session().agenda().stream().filter(i -> i.kind() == kind).toList();
        if (items.isEmpty()) {
            paragraph(md, m.get("minutes.none"));
            return;
        }
        int n = 0;
        for (AgendaItem item : items) {
            md.append("## ").append(m.format("minutes.case", number(++n, language))).append("\n\n");
            paragraph(md, "**" + m.get("minutes.subject") + "**" + m.get("minutes.colon") + item.title(language));
            if (item.explanation(language) != null && !item.explanation(language).isBlank()) {
                paragraph(md, "**" + m.get("minutes.explanation") + "**" + m.get("minutes.colon") + item.explanation(language).strip());
            }
            List<PanelComment> comments = r.comments().stream().filter(c -> c.agendaItemId() != null && c.agendaItemId() == item.id()).toList();
            if (!comments.isEmpty()) {
                paragraph(md, "**" + m.get("minutes.comments") + "**" + m.get("minutes.colon"));
                for (PanelComment c : comments) {
                    PanelMember who = members.get(c.memberId());
                    String name = who == null ? "?" : m.format("minutes.memberName", who.name(language));
                    String where = c.paragraph() == null ? "" : m.format("minutes.paragraphRef", c.paragraph());
                    md.append("- ").append(name).append(where).append(m.get("minutes.colon")).append(c.body().strip().replace("\n", " ")).append('\n');
                }
                md.append('\n');
            }
            r.rulings().stream().filter(x -> x.agendaItemId() == item.id()).findFirst().ifPresent(ruling ->
                    paragraph(md, "**" + m.get("minutes.ruling." + ruling.kind().code()) + "**" + m.get("minutes.colon") + ruling.text(language)));
        }
    }

    /** Comments on articles that were not on the agenda, so that the minutes lose none of what was said. */
    private static void offAgenda(StringBuilder md, Record r, Map<Long, PanelMember> members, Language language, Messages m) {
        List<PanelComment> other = r.comments().stream().filter(c -> c.agendaItemId() == null).toList();
        if (other.isEmpty()) {
            return;
        }
        paragraph(md, "**" + m.get("minutes.offAgenda") + "**" + m.get("minutes.colon"));
        for (PanelComment c : other) {
            PanelMember who = members.get(c.memberId());
            String name = who == null ? "?" : m.format("minutes.memberName", who.name(language));
            String where = m.format("minutes.articleRef", c.article() == null ? "" : c.article())
                    + (c.paragraph() == null ? "" : m.format("minutes.paragraphRef", c.paragraph()));
            md.append("- ").append(name).append(where).append(m.get("minutes.colon")).append(c.body().strip().replace("\n", " ")).append('\n');
        }
        md.append('\n');
    }

    private static String chair(PanelSession s, Map<Long, PanelMember> members, Language language, Messages m) {
        if (s.chairMemberId() != null && members.containsKey(s.chairMemberId())) {
            return m.format("minutes.memberName", members.get(s.chairMemberId()).name(language));
        }
        return orDash(s.chairGovernment());
    }

    private static String names(Record r, AttendanceStatus status, Map<Long, PanelMember> members, Language language, Messages m) {
        String joined = r.attendance().stream().filter(a -> a.status() == status).map(a -> {
            if (a.memberId() != null && members.containsKey(a.memberId())) {
                return m.format("minutes.memberName", members.get(a.memberId()).name(language));
            }
            String agency = a.agencyCode() == null ? "" : r.agencies().containsKey(a.agencyCode()) ? r.agencies().get(a.agencyCode()).name(language) : a.agencyCode();
            return agency.isEmpty() ? a.personName() : agency + (language.isChinese() ? "　" : " ") + a.personName();
        }).collect(Collectors.joining(language.isChinese() ? "、" : ", "));
        return joined.isEmpty() ? "—" : joined;
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
