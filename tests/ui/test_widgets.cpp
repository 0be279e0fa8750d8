#include "format/AppSettings.h"
#include "format/Display.h"
#include "support/Gui.h"
#include "support/catch.h"
#include "widgets/DateField.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/MessageBanner.h"

#include <QDateEdit>
#include <QTemporaryDir>
#include <QTest>

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
