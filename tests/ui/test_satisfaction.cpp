// The beneficiary satisfaction survey as counsellors and field workers use it
// (issue 14 §4): filled in from the household file and saved, refused when
// nothing is answered, "declined", offered at exit and skipped, and asked
// after a session when the counsellor ticks the box.
#include "clinic/SessionDialog.h"
#include "impact/SatisfactionDialog.h"
#include "impact/SatisfactionService.h"
#include "impact/SatisfactionTab.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using impact::Occasion;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

// The application with demonstration families, a counsellor (Huda) and a field worker (Omar).
struct Surveys {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, huda, omar;
    QList<registry::HouseholdRow> families;

    Surveys()
    {
        test::setUp(app, true);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        huda = add(users, QStringLiteral("huda"), QStringLiteral("هدى الحربي"), security::Role::Counsellor);
        omar = add(users, QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker);
        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 2);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 2);
        families = rows.value();
    }

    security::Session add(security::UserService &users, const QString &name, const QString &full, security::Role role)
    {
        auto id = users.add(admin, {name, full, role, kPassword});
        REQUIRE(id.ok());
        return {id.value(), name, full, role};
    }

    QList<impact::Survey> surveys(int family)
    {
        auto list = impact::SatisfactionService(*db).surveys(families[family].id);
        REQUIRE(list.ok());
        return list.value();
    }
};

// Every label and button of the dialog shows its whole text inside the window,
// and the window fits a 1366×768 screen with a taskbar.
void requireFits(QWidget *dialog)
{
    const QSize frame = dialog->frameGeometry().size();
    CHECK(frame.width() <= 1366);
    CHECK(frame.height() <= 768 - 40);
    for (QLabel *l : dialog->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        INFO(l->text().toStdString());
        CHECK(dialog->rect().contains(QRect(l->mapTo(dialog, QPoint(0, 0)), l->size())));
        if (l->wordWrap())
            CHECK(l->height() >= l->heightForWidth(l->width()));
        else
            CHECK(l->width() >= l->minimumSizeHint().width());
    }
}

} // namespace

TEST_CASE("A counsellor records a satisfaction survey from the household file", "[ui][satisfaction]")
{
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);
    Surveys s;
    HouseholdFile file(*s.db, s.app.settings, s.huda, s.families[0].id);
    file.show();
    SatisfactionTab *tab = file.satisfaction();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    CHECK(tab->recordButton()->isVisible());
    QPointer<SatisfactionDialog> d = tab->recordSurvey();
    REQUIRE(d);
    test::settle();
    CHECK(d->layoutDirection() == Qt::RightToLeft);
    // Who asks and when are shown; the counsellor chooses the occasion.
    CHECK(d->findChild<QLabel *>(QStringLiteral("askedBy"))->text() == QStringLiteral("هدى الحربي"));
    CHECK(d->occasionBox()->isEnabled());
    CHECK(d->occasionBox()->count() == 3);

    // Nothing answered: refused, the dialog stays, the first item gets the focus.
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->isVisible());
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK_FALSE(d->banner()->text().isEmpty());
    CHECK(QApplication::focusWidget() == d->itemGroup(0)->button(0));
    CHECK(s.surveys(0).isEmpty());

    // Answers by clicking the radio buttons, one item left unanswered.
    d->occasionBox()->setCurrentIndex(d->occasionBox()->findData(QStringLiteral("plan_review")));
    for (const auto &[item, score] : {std::pair{0, 5}, {1, 4}, {2, 4}, {4, 5}}) {
        auto *b = d->findChild<QRadioButton *>(QStringLiteral("q%1_%2").arg(item + 1).arg(score));
        REQUIRE(b);
        b->click();
    }
    test::typeText(d->commentEdit(), QStringLiteral("الموظفة كانت متعاونة جداً"));
    requireFits(d);
    test::screenshot(d, QStringLiteral("satisfaction-dialog"));
    test::clickSubmit(d);
    CHECK_FALSE(d);

    const QList<impact::Survey> saved = s.surveys(0);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().occasion == Occasion::PlanReview);
    CHECK(saved.first().scores == impact::SurveyScores{5, 4, 4, std::nullopt, 5});
    CHECK(saved.first().comment == QStringLiteral("الموظفة كانت متعاونة جداً"));
    CHECK(saved.first().askedBy == s.huda.userId);
    CHECK(saved.first().askedOn == QDate::currentDate());
    // The file lists it.
    test::settle();
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(tab->table()->item(0, 1)->text() == impact::SatisfactionService::occasionLabel(Occasion::PlanReview));
    CHECK(tab->table()->item(0, 4)->text() == QStringLiteral("الموظفة كانت متعاونة جداً"));
    test::screenshot(&file, QStringLiteral("satisfaction-household-tab"));
}

TEST_CASE("The beneficiary declines: the answers are locked and only the refusal is stored", "[ui][satisfaction]")
{
    Surveys s;
    QPointer<SatisfactionDialog> d = new SatisfactionDialog(*s.db, s.app.settings, s.huda, s.families[1].id,
                                                            Occasion::Session, {}, {});
    d->show();
    test::settle();
    CHECK_FALSE(d->occasionBox()->isEnabled()); // the occasion is the one it was offered on
    d->choose(0, 3);
    d->declinedBox()->click();
    CHECK_FALSE(d->itemGroup(0)->button(3)->isEnabled());
    CHECK_FALSE(d->commentEdit()->isEnabled());
    test::screenshot(d, QStringLiteral("satisfaction-declined"));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    const QList<impact::Survey> saved = s.surveys(1);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().declined);
    CHECK(saved.first().scores == impact::SurveyScores{});
}

TEST_CASE("Leaving support offers the survey to a field worker, who may skip it", "[ui][satisfaction]")
{
    Surveys s;
    const QByteArray household = s.families[0].id;
    HouseholdFile file(*s.db, s.app.settings, s.omar, household);
    QDialog *dialog = file.changeStatus();
    REQUIRE(dialog);
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
    auto *why = dialog->findChild<QComboBox *>(QStringLiteral("why"));
    REQUIRE((status && why));
    status->setCurrentIndex(status->findData(QStringLiteral("exited")));
    why->setCurrentIndex(why->findData(QStringLiteral("employment")));
    dialog->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("مصنع الأثاث"));
    test::clickSubmit(dialog);
    test::settle();
    CHECK(registry::HouseholdService(*s.db).household(household).value().status == QStringLiteral("exited"));

    QPointer<SatisfactionDialog> offer = file.lastSurveyOffer();
    REQUIRE(offer);
    CHECK(offer->isVisible());
    CHECK_FALSE(offer->occasionBox()->isEnabled());
    CHECK(offer->occasionBox()->currentData().toString() == QStringLiteral("exit"));
    auto *skip = offer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    REQUIRE(skip);
    CHECK(skip->text() == SatisfactionDialog::tr("Skip"));
    skip->click(); // nothing chosen: closes without asking
    test::settle();
    CHECK_FALSE(offer);
    CHECK(s.surveys(0).isEmpty());

    // An administrator meets no beneficiary: no survey offered in the file.
    HouseholdFile adminFile(*s.db, s.app.settings, s.admin, s.families[1].id);
    adminFile.show();
    adminFile.tabs()->setCurrentWidget(adminFile.satisfaction());
    test::settle();
    CHECK_FALSE(adminFile.satisfaction()->recordButton()->isVisible());
}

TEST_CASE("A counsellor who ticks the box is asked the survey after saving the session", "[ui][satisfaction]")
{
    Surveys s;
    auto members = registry::HouseholdService(*s.db).members().members(s.families[1].id);
    REQUIRE(members.ok());
    const QByteArray member = members.value().first().id;
    QWidget host;
    auto *d = new SessionDialog(*s.db, s.app.settings, s.huda, member, nullptr, &host);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    test::settle();
    REQUIRE(d->surveyBox());
    CHECK(d->surveyBox()->isVisible());
    CHECK_FALSE(d->surveyBox()->isChecked()); // optional: most sessions end without it
    auto *types = d->findChild<QListWidget *>();
    REQUIRE(types);
    types->item(0)->setCheckState(Qt::Checked);
    for (QComboBox *box : d->findChildren<QComboBox *>()) // the place the session is held
        if (const int centre = box->findData(QStringLiteral("centre")); centre >= 0)
            box->setCurrentIndex(centre);
    d->surveyBox()->setChecked(true);
    QPointer<SessionDialog> open = d;
    d->save();
    test::settle();
    INFO((open ? open->banner()->text().toStdString() : std::string()));
    REQUIRE_FALSE(open); // saved and closed
    auto *offer = host.findChild<SatisfactionDialog *>();
    REQUIRE(offer);
    CHECK(offer->isVisible());
    CHECK(offer->occasionBox()->currentData().toString() == QStringLiteral("session"));
    offer->choose(4, 5);
    test::clickSubmit(offer);
    const QList<impact::Survey> saved = s.surveys(1);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().occasion == Occasion::Session);
    CHECK(saved.first().memberId == member);
    CHECK_FALSE(saved.first().occasionId.isEmpty()); // the session it followed
    CHECK(saved.first().scores == impact::SurveyScores{std::nullopt, std::nullopt, std::nullopt, std::nullopt, 5});
}
