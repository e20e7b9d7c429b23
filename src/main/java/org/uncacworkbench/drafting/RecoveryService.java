package org.uncacworkbench.drafting;

import java.util.List;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.storage.Transactor;

/**
 * Never lose typed text: the editor keeps a copy of what it has not saved every few seconds; after
 * a crash the next start lists the copies that differ from the saved text, to restore or discard.
 */
public final class RecoveryService {

    private final Transactor transactor;
    private final RecoveryRepository copies;
    private final RevisionRepository revisions;

    public RecoveryService(Transactor transactor, RecoveryRepository copies, RevisionRepository revisions) {
        this.transactor = transactor;
        this.copies = copies;
        this.revisions = revisions;
    }

    public void keep(long sectionId, Language language, String username, String text, int baseRevision) {
        transactor.run(() -> copies.keep(sectionId, language, username, text.replace("\r\n", "\n"), baseRevision));
    }

    public void discard(long sectionId, Language language, String username) {
        transactor.run(() -> copies.discard(sectionId, language, username));
    }

    /** Copies whose text is not what is saved; copies that match (saved after all) are dropped. */
    public List<RecoveryRepository.Copy> pending(String username) {
        return transactor.inTransaction(() -> copies.all(username).stream().filter(c -> {
            String saved = revisions.current(c.sectionId(), c.language()).map(Revision::body).orElse("");
            if (saved.equals(c.body())) {
                copies.discard(c.sectionId(), c.language(), username);
                return false;
            }
            return true;
        }).toList());
    }
}
