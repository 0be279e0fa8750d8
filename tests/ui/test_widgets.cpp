#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/EligibilityText.h"
#include "support/DigitCheck.h"
#include "support/Gui.h"
#include "support/catch.h"
#include "storage/Database.h"
#include "widgets/BackgroundRefresh.h"
#include "widgets/DateField.h"
#include "widgets/DayWatch.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("The digit line edit accepts every digit style and stores ASCII", "[ui][widgets]")
{
    DigitLineEdit edit;
    edit.show();
    SECTION("Latin display")
    {
        edit.setDigitStyle(text::DigitStyle::Latin);
        test::typeText(&edit, QStringLiteral("٠٥٥-۱۲3"));
        CHECK(edit.text() == QStringLiteral("055-123"));
        CHECK(edit.value() == QStringLiteral("055-123"));
    }
    SECTION("Arabic-Indic display")
    {
        edit.setDigitStyle(text::DigitStyle::ArabicIndic);
        test::typeText(&edit, QStringLiteral("1029۳"));
        CHECK(edit.text() == QStringLiteral("١٠٢٩٣"));
        CHECK(edit.value() == QStringLiteral("10293"));
        QTest::keyClick(&edit, Qt::Key_Home);
        test::typeText(&edit, QStringLiteral("7"));
        CHECK(edit.value() == QStringLiteral("710293"));
        CHECK(edit.cursorPosition() == 1);
    }
}

TEST_CASE("The date field shows the chosen calendars in the chosen digits", "[ui][widgets]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setDigitStyle(text::DigitStyle::Latin);
    DateField field(settings);
    field.show();
    field.setDate(QDate(2024, 3, 11));
    CHECK(field.spelledOut().contains(QStringLiteral("2024")));
    CHECK_FALSE(field.spelledOut().contains(QStringLiteral("رمضان")));

    settings.setShowHijri(true);
    CHECK(field.spelledOut().contains(QStringLiteral("رمضان")));
    CHECK(field.spelledOut().contains(QStringLiteral("1445")));

    settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    CHECK(field.spelledOut().contains(QStringLiteral("١٤٤٥")));
    CHECK(field.spelledOut().contains(QStringLiteral("٢٠٢٤")));
    CHECK_FALSE(field.spelledOut().contains(QStringLiteral("2024")));
    test::screenshot(&field, QStringLiteral("widget-date-field"));

    SECTION("typing Persian digits into the editor sets the date")
    {
        settings.setDigitStyle(text::DigitStyle::Latin);
        field.editor()->setFocus();
        field.editor()->setSelectedSection(QDateTimeEdit::YearSection);
        test::typeText(field.editor(), QStringLiteral("۲۰۲۵"));
        CHECK(field.date().year() == 2025);
    }
}

TEST_CASE("A Hijri date typed where Hijri is shown sets the Gregorian date", "[ui][widgets]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    DateField field(settings);
    field.show();
    QLineEdit *hijri = field.hijriEditor();
    CHECK_FALSE(hijri->isVisibleTo(&field)); // only where Hijri is shown

    settings.setShowHijri(true);
    REQUIRE(hijri->isVisibleTo(&field));
    field.setDate(QDate(2026, 12, 2));
    CHECK(hijri->text() == QStringLiteral("٢٢/٠٦/١٤٤٨")); // 22 Jumada II 1448, in the user's digits

    hijri->setText(QStringLiteral("١/٩/١٤٤٥")); // 1 Ramadan 1445
    emit hijri->editingFinished();
    CHECK(field.date() == QDate(2024, 3, 11));

    hijri->setText(QStringLiteral("1446-1-1")); // other separators and Latin digits
    emit hijri->editingFinished();
    CHECK(field.date() == QDate(2024, 7, 7));

    // Shawwal 1445 had 29 days: the 30th is refused and the date stays.
    hijri->setText(QStringLiteral("30/10/1445"));
    emit hijri->editingFinished();
    CHECK(field.date() == QDate(2024, 7, 7));
    CHECK(field.spelledOut() == QCoreApplication::translate("tamkeen::ui::DateField", "There is no such Hijri date."));
}

TEST_CASE("The message banner shows, replaces and closes messages", "[ui][widgets]")
{
    QWidget host;
    auto *banner = new MessageBanner(&host);
    host.show();
    CHECK_FALSE(banner->isVisible());
    banner->showError(QStringLiteral("خطأ"));
    CHECK(banner->isVisible());
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text() == QStringLiteral("خطأ"));
    banner->showSuccess(QStringLiteral("تم"));
    CHECK(banner->kind() == MessageBanner::Kind::Success);
    banner->clear();
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("Identifiers stay left-to-right inside Arabic text", "[ui][format]")
{
    const QString wrapped = ui::Display::ltr(QStringLiteral("RUH-03-000127"));
    CHECK(wrapped.front() == QChar(0x2066));
    CHECK(wrapped.back() == QChar(0x2069));
}

TEST_CASE("Money reads the Arabic way, grouped, in the user's digits", "[ui][format]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    const ui::Display display(settings);
    CHECK(display.money(15000, QStringLiteral("SAR")) == QStringLiteral("١٥٬٠٠٠٫٠٠ ر.س"));
    CHECK(display.money(2500.5, QStringLiteral("EGP")) == QStringLiteral("٢٬٥٠٠٫٥٠ ج.م"));
    CHECK(display.money(4500000, QStringLiteral("LBP")) == QStringLiteral("٤٬٥٠٠٬٠٠٠ ل.ل"));
    CHECK(display.number(1234567) == QStringLiteral("١٬٢٣٤٬٥٦٧"));
    CHECK(display.percent(50) == QStringLiteral("٥٠٪"));
    CHECK(display.shortDate(QDate(2026, 12, 2)) == QStringLiteral("٠٢\u200F/١٢\u200F/٢٠٢٦"));
    // Identifiers keep their Latin digits and order inside an isolate.
    CHECK(display.digits(ui::Display::ltr(QStringLiteral("RUH-01-000127")) + QStringLiteral(" 12"))
          == ui::Display::ltr(QStringLiteral("RUH-01-000127")) + QStringLiteral(" ١٢"));

    const registry::Eligibility e = registry::IncomeService::evaluate({1100, 550, QStringLiteral("SAR")}, 1500, 4);
    const QString text = EligibilityText::explain(display, e);
    CHECK(text.contains(QStringLiteral("١٬٥٠٠٫٠٠ ر.س")));
    CHECK(text.contains(QStringLiteral("٢٬٧٥٠٫٠٠ ر.س")));
    CHECK_FALSE(text.contains(QStringLiteral("SAR")));
    CHECK(test::latinDigitsIn(QStringLiteral("eligibility"), text).isEmpty());

    settings.setDigitStyle(text::DigitStyle::Latin);
    CHECK(display.money(15000, QStringLiteral("SAR")) == QStringLiteral("15,000.00 ر.س"));
    CHECK(display.percent(50) == QStringLiteral("50%"));
}

TEST_CASE("Pages that show today learn when the day has changed", "[ui][widgets]")
{
    DayWatch sameDay(nullptr);
    QSignalSpy quiet(&sameDay, &DayWatch::dayChanged);
    sameDay.check();
    CHECK(quiet.isEmpty());

    DayWatch overnight(nullptr, QDate::currentDate().addDays(-1)); // left open since yesterday
    QSignalSpy spy(&overnight, &DayWatch::dayChanged);
    overnight.check();
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toDate() == QDate::currentDate());
    overnight.check();
    CHECK(spy.size() == 1); // once per new day
}

TEST_CASE("A background refresh runs a burst of requests once and drops a superseded result", "[ui][widgets]")
{
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    REQUIRE(db.ok());
    BackgroundRefresh refresh(*db.value(), nullptr, 20);
    QSignalSpy finished(&refresh, &BackgroundRefresh::finished);
    QSignalSpy started(&refresh, &BackgroundRefresh::started);
    QStringList shown;
    std::atomic<int> runs{0};
    auto work = [&](const QString &name) {
        return [&, name](storage::Database &worker) -> BackgroundRefresh::Deliver {
            ++runs;
            // The worker has a connection of its own, in its own thread.
            CHECK(&worker != db.value().get());
            return [&, name] { shown << name; };
        };
    };

    SECTION("A burst: one run, the last request's")
    {
        refresh.request(work(QStringLiteral("a")));
        refresh.request(work(QStringLiteral("b")));
        refresh.request(work(QStringLiteral("c")));
        CHECK(refresh.busy());
        CHECK(started.count() == 1);
        REQUIRE(test::waitUntil([&] { return !refresh.busy(); }));
        CHECK(runs == 1);
        CHECK(shown == QStringList{QStringLiteral("c")});
        CHECK(finished.count() == 1);
    }
    SECTION("A request while one runs: the running one's result is dropped")
    {
        std::atomic<bool> running{false}, release{false};
        refresh.request([&](storage::Database &) -> BackgroundRefresh::Deliver {
            running = true;
            while (!release)
                QThread::msleep(1);
            return [&] { shown << QStringLiteral("old"); };
        });
        REQUIRE(test::waitUntil([&] { return running.load(); }));
        refresh.request(work(QStringLiteral("new")));
        release = true;
        REQUIRE(test::waitUntil([&] { return !refresh.busy(); }));
        test::settle();
        CHECK(shown == QStringList{QStringLiteral("new")});
        CHECK(finished.count() == 1);
        CHECK(started.count() == 1); // busy the whole time: one "computing…"
    }
    SECTION("A file that cannot be opened: told why, nothing shown")
    {
        QTemporaryDir gone;
        auto other = storage::Database::open(gone.filePath(QStringLiteral("t.sqlite")));
        REQUIRE(other.ok());
        BackgroundRefresh broken(*other.value(), nullptr, 0);
        QSignalSpy failed(&broken, &BackgroundRefresh::failed);
        other.value().reset();
        // Where the file was, a folder now: SQLite cannot open it.
        for (const QString &f : QDir(gone.path()).entryList(QDir::Files))
            QFile::remove(gone.filePath(f));
        REQUIRE(QDir(gone.path()).mkdir(QStringLiteral("t.sqlite")));
        broken.request(work(QStringLiteral("x")));
        REQUIRE(test::waitUntil([&] { return !broken.busy(); }));
        REQUIRE(failed.count() == 1);
        CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
        CHECK(shown.isEmpty());
    }
}
