package vn.thidua.ledger.command.campaign.pledge;

import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * Đăng ký thi đua as the campaign holds it: an entity of the campaign aggregate (see
 * {@code Campaign} for why it is not an aggregate of its own). A withdrawn pledge stays, inactive,
 * so the registrant may register again while the window is open.
 */
public record Pledge(RegistrantId registrantId, String registrantName, RegistrantKind kind, UnitRef unit,
                    Integer staffCount, List<Title> titles, boolean active) {

    public Pledge {
        titles = List.copyOf(titles);
    }

    public Pledge amended(Integer newStaffCount, List<Title> newTitles) {
        return new Pledge(registrantId, registrantName, kind, unit, newStaffCount, newTitles, active);
    }

    public Pledge withdrawn() {
        return new Pledge(registrantId, registrantName, kind, unit, staffCount, titles, false);
    }

    /**
     * What a pledge may contain: distinct titles of the registrant's kind (collective titles for a
     * unit, personal ones for an individual), and a positive headcount exactly when a unit registers.
     */
    public static void checkContent(RegistrantKind kind, Integer staffCount, List<Title> titles) {
        Require.present("kind", kind);
        Require.notEmptyAndDistinct("titles", titles);
        Title.Holder holder = kind == RegistrantKind.UNIT ? Title.Holder.COLLECTIVE : Title.Holder.INDIVIDUAL;
        titles.stream().filter(title -> title.holder() != holder).findFirst().ifPresent(title -> {
            throw new DomainRejection(ErrorCode.TITLE_NOT_FOR_REGISTRANT, title.vietnameseName()
                    + " cannot be pledged by a registrant of kind " + kind);
        });
        if (kind == RegistrantKind.UNIT) {
            Require.positive("staff count", Require.present("staff count", staffCount));
        } else if (staffCount != null) {
            throw Require.invalid("an individual pledge has no staff count");
        }
    }
}
