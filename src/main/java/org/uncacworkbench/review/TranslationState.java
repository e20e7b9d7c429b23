package org.uncacworkbench.review;

import java.util.Objects;

/** Whether a Chinese translation has fallen behind its English, as questions and observations keep it. */
final class TranslationState {

    private TranslationState() {
    }

    /**
     * After a save: behind when the English changed and the Chinese (there is one) did not; caught up when
     * the Chinese was worked on; otherwise as it was.
     */
    static boolean behindAfter(String enBefore, String zhBefore, boolean wasBehind, String en, String zh) {
        if (!Objects.equals(zhBefore, zh)) {
            return false;
        }
        if (!Objects.equals(enBefore, en)) {
            return zh != null;
        }
        return wasBehind;
    }
}
