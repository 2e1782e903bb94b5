#pragma once
// Small helpers shared by the tests: temporary files and the shared sample folder.
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <string>

namespace vitrina::test {

/// The real RetailRocket sample beside the checkout; empty when absent (tests then QSKIP).
inline QString sampleDir() {
    const QString dir = QStringLiteral(VITRINA_SHARED_DIR "/datasets/retailrocket-sample");
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

/// Writes `content` byte for byte to `dir/name` and returns the path as a std::string.
inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    f.close();
    return path.toStdString();
}

/// Where a screenshots() slot saves its PNGs: VITRINA_SCREENSHOT_DIR when set (to look at them), else `scratch`,
/// so that the slot runs (grabs, saves, checks) in every test run instead of skipping.
inline QByteArray screenshotFolder(const QTemporaryDir& scratch) {
    const QByteArray folder = qgetenv("VITRINA_SCREENSHOT_DIR");
    return folder.isEmpty() ? scratch.path().toLocal8Bit() : folder;
}

} // namespace vitrina::test
