package org.uncacworkbench.agency;

import java.util.List;
import java.util.regex.Pattern;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/** The agencies directory: names in both languages, abbreviation, parent, contacts. */
public final class AgencyService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,29}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What a form submits; {@code id} null for a new agency. */
    public record AgencyDraft(Long id, int version, String code, String nameZh, String nameEn, String shortZh,
                              String parentCode, boolean active) {
    }

    private final Transactor transactor;
    private final AgencyRepository repository;
    private final AuditLog auditLog;

    public AgencyService(Transactor transactor, AgencyRepository repository, AuditLog auditLog) {
        this.transactor = transactor;
        this.repository = repository;
        this.auditLog = auditLog;
    }

    public List<Agency> agencies() {
        return repository.all();
    }

    public List<Contact> contacts(long agencyId) {
        return repository.contacts(agencyId);
    }

    public long save(AgencyDraft d, String username) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new WorkbenchException(UserMessage.of("agency.badCode", code));
        }
        if (blank(d.nameZh()) || blank(d.nameEn())) {
            throw new WorkbenchException(UserMessage.of("agency.namesRequired"));
        }
        return transactor.inTransaction(() -> {
            var existing = repository.idOfCode(code);
            if (existing.isPresent() && !existing.get().equals(d.id())) {
                throw new WorkbenchException(UserMessage.of("agency.codeTaken", code));
            }
            Long parent = null;
            if (!blank(d.parentCode())) {
                parent = repository.idOfCode(d.parentCode().strip())
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("agency.noSuchParent", d.parentCode())));
                if (parent.equals(d.id())) {
                    throw new WorkbenchException(UserMessage.of("agency.ownParent"));
                }
            }
            long id;
            if (d.id() == null) {
                id = repository.insert(code, d.nameZh().strip(), d.nameEn().strip(), trimToNull(d.shortZh()), parent);
                auditLog.record(username, "create", "agency", code, null, "Agency " + code + " added");
            } else {
                if (!repository.update(d.id(), d.version(), code, d.nameZh().strip(), d.nameEn().strip(), trimToNull(d.shortZh()), parent, d.active())) {
                    throw new WorkbenchException(UserMessage.of("agency.changedMeanwhile", code));
                }
                id = d.id();
                auditLog.record(username, "update", "agency", code, null, "Agency " + code + " changed");
            }
            return id;
        });
    }

    public long addContact(long agencyId, String name, String jobTitle, String email, String phone, boolean primary, String username) {
        checkContact(name, email);
        return transactor.inTransaction(() -> {
            long id = repository.insertContact(agencyId, name.strip(), trimToNull(jobTitle), trimToNull(email), trimToNull(phone), primary);
            auditLog.record(username, "create", "contact", String.valueOf(id), null, "Contact " + name.strip() + " added");
            return id;
        });
    }

    /** Changes a contact (people move on; the directory follows); the same checks as adding one. */
    public void updateContact(Contact contact, String name, String email, String username) {
        checkContact(name, email);
        transactor.run(() -> {
            if (!repository.updateContact(contact.id(), name.strip(), contact.jobTitle(), trimToNull(email), contact.phone())) {
                throw new WorkbenchException(UserMessage.of("agency.contactGone", contact.name()));
            }
            auditLog.record(username, "update", "contact", String.valueOf(contact.id()), null,
                    "Contact " + contact.name() + " changed to " + name.strip());
        });
    }

    /** Removes a contact from the directory. */
    public void removeContact(Contact contact, String username) {
        transactor.run(() -> {
            if (!repository.deleteContact(contact.id())) {
                throw new WorkbenchException(UserMessage.of("agency.contactGone", contact.name()));
            }
            auditLog.record(username, "delete", "contact", String.valueOf(contact.id()), null, "Contact " + contact.name() + " removed");
        });
    }

    private static void checkContact(String name, String email) {
        if (blank(name)) {
            throw new WorkbenchException(UserMessage.of("agency.contactNameRequired"));
        }
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            throw new WorkbenchException(UserMessage.of("agency.badEmail", email.strip()));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
