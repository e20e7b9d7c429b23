package org.uncacworkbench.panel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;

/** A numbered panel session (第N次會議) with its agenda and chair. */
public record PanelSession(long id, long cycleId, int number, SessionKind kind, LocalDateTime startsAt, LocalDateTime endsAt,
                           String venueZh, String venueEn, SessionStatus status, Long chairMemberId, String chairGovernment,
                           Long proposedChairId, String overrideReason, String recorder, String openingRemarks,
                           List<AgendaItem> agenda, String recorderEn, String chairGovernmentEn, String openingRemarksEn) {

    /** The government chair as the interface's language names them: the English name where there is one. */
    public String chairGovernment(org.uncacworkbench.i18n.Language language) {
        return !language.isChinese() && chairGovernmentEn != null && !chairGovernmentEn.isBlank() ? chairGovernmentEn : chairGovernment;
    }


    public PanelSession {
        agenda = List.copyOf(agenda);
    }

    public String venue(Language language) {
        return language.isChinese() || venueEn == null || venueEn.isBlank() ? venueZh : venueEn;
    }

    /** The articles the session reviews, from its agenda, in order. */
    public List<Integer> articles() {
        return agenda.stream().map(AgendaItem::article).filter(a -> a != null).distinct().sorted().toList();
    }

    public Optional<AgendaItem> item(long itemId) {
        return agenda.stream().filter(i -> i.id() == itemId).findFirst();
    }
}
