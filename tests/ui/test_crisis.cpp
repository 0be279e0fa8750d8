// Crisis lists on screen (issue 17 §7): the administrator adds places to the
// list in Settings; an event is declared for a district through the dialog;
// the district's households are listed, assistance recorded for one; the
// list is exported. Screenshots in Arabic.
#include "crisis/CrisisDialogs.h"
#include "crisis/CrisisPage.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdList.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("A crisis event is declared for a city of the place list, its families assisted and listed out",
          "[ui][crisis]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    storage::Database &db = *demo.db;
    // The city of the demonstration file with the most families (its
    // families have no district recorded), and a district of it.
    registry::HouseholdData first;
    REQUIRE(db.read(QStringLiteral("SELECT region, city FROM households WHERE deleted = 0 "
                                   "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"),
                    {}, [&](const storage::RawRow &r) {
                        first.region = r.text(0);
                        first.city = r.text(1);
                    })
                .ok());
    first.district = QStringLiteral("حي الوادي");

    // The place list: the first family's region, city and district.
    MessageBanner banner;
    PlacesBox places(db, demo.admin, &banner);
    places.kindBox()->setCurrentIndex(places.kindBox()->findData(QStringLiteral("region")));
    places.nameEdit()->setText(first.region);
    REQUIRE(places.add());
    places.tree()->setCurrentItem(places.tree()->topLevelItem(0));
    places.kindBox()->setCurrentIndex(places.kindBox()->findData(QStringLiteral("city")));
    places.nameEdit()->setText(first.city);
    REQUIRE(places.add());
    places.tree()->setCurrentItem(places.tree()->topLevelItem(0)->child(0));
    places.kindBox()->setCurrentIndex(places.kindBox()->findData(QStringLiteral("district")));
    places.nameEdit()->setText(first.district);
    REQUIRE(places.add());
    places.nameEdit()->setText(first.district); // twice: refused, kept to correct
    CHECK_FALSE(places.add());
    CHECK(banner.kind() == MessageBanner::Kind::Error);
    // A second city while the district is chosen: it goes into the district's region.
    places.tree()->setCurrentItem(places.tree()->topLevelItem(0)->child(0)->child(0));
    places.kindBox()->setCurrentIndex(places.kindBox()->findData(QStringLiteral("city")));
    places.nameEdit()->setText(QStringLiteral("مدينة أخرى"));
    REQUIRE(places.add());
    CHECK(places.tree()->topLevelItem(0)->childCount() == 2);

    CrisisPage page(db, app.settings, demo.admin);
    page.resize(1366, 700);
    page.show();
    test::settle();
    CHECK(page.listTitle()->text() == CrisisPage::tr("No crisis event was declared."));
    QPointer<DeclareEventDialog> d = page.declareEvent();
    REQUIRE(d);
    d->nameEdit()->setText(QStringLiteral("سيل الحي"));
    d->kindBox()->setCurrentIndex(d->kindBox()->findData(QStringLiteral("flood")));
    test::clickSubmit(d); // no place chosen
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    REQUIRE(d->placeList()->count() == 4);
    d->placeList()->item(1)->setCheckState(Qt::Checked); // the city
    CHECK(test::screenshot(d, QStringLiteral("crisis-declare")));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    test::settle();
    const qint64 there = db.scalar(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0 AND region = ? "
                                                  "AND city = ?"),
                                   {first.region, first.city})
                             .value()
                             .toLongLong();
    REQUIRE(there > 0);
    REQUIRE(page.householdTable()->rowCount() == there);
    CHECK(page.listTitle()->text().contains(ui::Display(app.settings).number(there)));

    page.householdTable()->setCurrentCell(0, 0);
    QPointer<AssistanceDialog> a = page.recordAssistance();
    REQUIRE(a);
    a->kindBox()->setCurrentIndex(a->kindBox()->findData(QStringLiteral("cash")));
    test::clickSubmit(a); // cash without an amount
    REQUIRE(a);
    CHECK(a->banner()->kind() == MessageBanner::Kind::Error);
    a->amountBox()->setValue(800);
    test::clickSubmit(a);
    CHECK_FALSE(a);
    test::settle();
    int assisted = 0;
    for (const casework::CrisisHousehold &h : page.households())
        assisted += h.assisted;
    CHECK(assisted == 1);
    CHECK(test::screenshot(&page, QStringLiteral("crisis-list")));

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("flood.xlsx"));
    REQUIRE(page.exportTo(xlsx));
    CHECK(QFile(xlsx).size() > 0);
    CHECK_FALSE(page.exportTo(dir.filePath(QStringLiteral("no/such/folder/flood.csv"))));
}

TEST_CASE("The household form offers the place list's names, so a family is typed as the crisis list finds it",
          "[ui][crisis]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    casework::Crisis crisis(*demo.db);
    const QByteArray region = crisis.addPlace(demo.admin, QStringLiteral("region"), QStringLiteral("منطقة جازان")).value();
    const QByteArray city = crisis.addPlace(demo.admin, QStringLiteral("city"), QStringLiteral("صبيا"), region).value();
    REQUIRE(crisis.addPlace(demo.admin, QStringLiteral("district"), QStringLiteral("حي الروضة"), city).ok());
    HouseholdForm form(app.settings, {}, {});
    suggestPlaces(&form, *demo.db);
    REQUIRE(form.cityEdit()->completer());
    form.cityEdit()->completer()->setCompletionPrefix(QStringLiteral("صب"));
    CHECK(form.cityEdit()->completer()->currentCompletion() == QStringLiteral("صبيا"));
    form.districtEdit()->completer()->setCompletionPrefix(QStringLiteral("الروضة")); // found inside the name
    CHECK(form.districtEdit()->completer()->currentCompletion() == QStringLiteral("حي الروضة"));
    CHECK(form.findChild<QComboBox *>()->findText(QStringLiteral("منطقة جازان")) >= 0);
}
