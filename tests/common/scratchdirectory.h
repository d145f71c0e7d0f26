// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

namespace clearroom::test {

/// A temporary folder removed with everything in it when the test ends, including
/// names that are not valid UTF-8 and read-only git objects (which QTemporaryDir
/// cannot remove).
class ScratchDirectory
{
public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory &) = delete;
    ScratchDirectory &operator=(const ScratchDirectory &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

private:
    QString m_path;
};

/// Removes a folder and everything below it, byte-exact names included.
bool removeTree(const QString &path);

} // namespace clearroom::test
