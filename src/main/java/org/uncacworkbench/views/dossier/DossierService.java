package org.uncacworkbench.views.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelService;
import org.uncacworkbench.panel.SessionRecordService;
import org.uncacworkbench.requests.DataRequestService;
import org.uncacworkbench.review.QuestionService;
import org.uncacworkbench.storage.Transactor;

/** The article dossier: what every module holds on one article in one cycle, read consistently in one transaction. */
public final class DossierService {

    private final Transactor transactor;
    private final CycleService cycles;
    private final ConventionService convention;
    private final SectionService sections;
    private final PanelService panel;
    private final SessionRecordService records;
    private final DataRequestService requests;
    private final QuestionService questions;
    private final DossierRepository repository;

    public DossierService(Transactor transactor, CycleService cycles, ConventionService convention, SectionService sections,
                          PanelService panel, SessionRecordService records, DataRequestService requests, QuestionService questions,
                          DossierRepository repository) {
        this.transactor = transactor;
        this.cycles = cycles;
        this.convention = convention;
        this.sections = sections;
        this.panel = panel;
        this.records = records;
        this.requests = requests;
        this.questions = questions;
        this.repository = repository;
    }

    public ArticleDossier dossier(long cycleId, int articleNumber) {
        return dossiers(cycleId, List.of(articleNumber)).getFirst();
    }

    /** The dossiers of several articles (a briefing book's), the cycle's requests, questions and members read once. */
    public List<ArticleDossier> dossiers(long cycleId, List<Integer> articleNumbers) {
        return transactor.inTransaction(() -> {
            Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.question.noCycle")));
            Map<Long, PanelMember> members = panel.members(cycleId).stream().collect(Collectors.toMap(PanelMember::id, Function.identity()));
            var allRequests = requests.requests(cycleId);
            var allQuestions = questions.questions(cycleId);
            Optional<Cycle> previous = cycles.cycleByNumber(cycle.number() - 1);
            return articleNumbers.stream().map(n -> dossier(cycle, n, members, allRequests, allQuestions, previous)).toList();
        });
    }

    private ArticleDossier dossier(Cycle cycle, int articleNumber, Map<Long, PanelMember> members,
                                   List<org.uncacworkbench.requests.DataRequest> allRequests,
                                   List<org.uncacworkbench.review.WrittenQuestion> allQuestions, Optional<Cycle> previous) {
        long cycleId = cycle.id();
        Article article = convention.article(articleNumber)
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("request.badArticle")));
        var doc = sections.sectionId(cycleId, SectionKey.forArticle(articleNumber)).map(sections::open);
        var record = records.article(cycleId, articleNumber);
        List<ArticleDossier.Comment> comments = record.comments().stream().map(c -> {
            PanelMember m = members.get(c.memberId());
            return new ArticleDossier.Comment(m == null ? "" : m.nameZh(), m == null ? "" : m.nameEn(), c);
        }).toList();
        return new ArticleDossier(cycle, article,
                doc.flatMap(d -> d.zh()).map(Revision::body), doc.flatMap(d -> d.en()).map(Revision::body),
                comments, record.rulings(),
                allRequests.stream().filter(r -> r.articles().contains(articleNumber)).toList(),
                allQuestions.stream().filter(q -> q.articles().contains(articleNumber)).toList(),
                repository.points(cycleId, articleNumber), repository.exchanges(cycleId, articleNumber),
                repository.observations(cycleId, articleNumber),
                previous, previous.map(p -> repository.observations(p.id(), articleNumber)).orElse(List.of()));
    }
}
