// The Conflicts tab, which every role opens, shows a conflicting psychological
// note's values only to those who may read them (issue 13 §3), and offers the
// decision only to a supervisor.
#include "core/SyncFixture.h"
#include "format/AppSettings.h"
#include "support/Gui.h"
#include "sync/ConflictsView.h"
#include "sync/SyncText.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using security::Role;

namespace {

const QString kNoteA = QStringLiteral("نوبات هلع منذ الإخلاء");
const QString kNoteB = QStringLiteral("ينام بصعوبة ويتحدث عن الديون");

} // namespace

TEST_CASE("The Conflicts tab hides a psychological note's values from a field worker and shows them to a supervisor",
          "[ui][sync][trust]")
{
    Org org(2);
    conflictingNote(org, org[0], org[1], kNoteA, kNoteB);
    org.exchange(org[0], org[1]);
    storage::Database &db = org[0].db;
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));

    // The view with its banner above it, as on the Sync page.
    struct Screen {
        std::unique_ptr<QWidget> window = std::make_unique<QWidget>();
        ui::ConflictsView *view = nullptr;
        ui::ConflictsView *operator->() const { return view; }
        ui::ConflictsView *get() const { return view; }
    };
    const auto viewAs = [&](Role role) {
        security::Session s = org[0].admin();
        s.role = role;
        Screen screen;
        auto *banner = new ui::MessageBanner(screen.window.get());
        screen.view = new ui::ConflictsView(db, settings, s, banner, screen.window.get());
        auto *layout = new QVBoxLayout(screen.window.get());
        layout->addWidget(banner);
        layout->addWidget(screen.view);
        screen.window->resize(1000, 600);
        screen.window->show();
        screen.view->refresh();
        test::settle();
        return screen;
    };
    const auto shown = [](ui::ConflictsView *view) {
        QStringList text;
        for (int c = 0; c < view->table()->columnCount(); ++c)
            text << view->table()->item(0, c)->text();
        for (QLabel *l : view->findChildren<QLabel *>())
            text << l->text();
        return text.join(QLatin1Char('\n'));
    };

    for (Role role : {Role::FieldWorker, Role::Administrator}) {
        auto view = viewAs(role);
        REQUIRE(view->table()->rowCount() == 1);
        const QString text = shown(view.get());
        CHECK_FALSE(text.contains(kNoteA));
        CHECK_FALSE(text.contains(kNoteB));
        CHECK(view->table()->item(0, 2)->text() == ui::ConflictsView::tr("Hidden: confidential"));
        CHECK(view->table()->item(0, 3)->text() == ui::ConflictsView::tr("Hidden: confidential"));
        CHECK(view->table()->item(0, 1)->text() == ui::SyncText::tr("Psychological notes"));
        for (QPushButton *b : view->findChildren<QPushButton *>())
            CHECK_FALSE((b->isVisible() && b->isEnabled()));
        if (role == Role::Administrator)
            test::screenshot(view.window.get(), QStringLiteral("sync-conflicts-confidential-hidden"));
        CHECK_FALSE(view->keepLost()); // and not through the view either
    }
    CHECK(sync::Conflicts(db).openCount().value() == 1);

    auto view = viewAs(Role::Supervisor);
    REQUIRE(view->table()->rowCount() == 1);
    const QString text = shown(view.get());
    CHECK(text.contains(kNoteA));
    CHECK(text.contains(kNoteB));
    QPushButton *keepLost = view->findChild<QPushButton *>(QStringLiteral("keepLost"));
    REQUIRE(keepLost);
    CHECK(keepLost->isEnabled());
    REQUIRE(view->keepLost());
    CHECK(sync::Conflicts(db).openCount().value() == 0);
}
