#include "support/PdfText.h"

#include "support/catch.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tamkeen::test {

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) is needed to read a printed document back: apt-get install poppler-utils");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

QStringList pdfPages(const QString &pdf)
{
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

namespace {

QString asExtracted(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("\\x{0644}[\\x{0622}\\x{0623}\\x{0625}\\x{0627}]")), QStringLiteral(" "));
    return out;
}

QString reversed(const QString &s)
{
    QString r;
    for (qsizetype i = s.size() - 1; i >= 0; --i)
        r += s[i];
    return r;
}

} // namespace

bool hasText(const QString &text, const QString &expected)
{
    const QString e = asExtracted(expected);
    return text.contains(e) || text.contains(reversed(e));
}

bool hasAllWords(const QString &text, const QString &phrase)
{
    for (const QString &word : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!hasText(text, word))
            return false;
    return true;
}

} // namespace tamkeen::test
