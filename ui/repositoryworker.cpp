// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repositoryworker.h"

#include "sourcetext.h"

#include "pathquote.h"
#include "textcontent.h"
#include "treeentry.h"

#include <algorithm>

#include <QLocale>

namespace clearroom::ui {

namespace {

// Replaces every character a reader must see but would not (bidirectional controls,
// invisible characters, invalid bytes) by a visible marker such as "⟨RLO⟩", and records
// where the markers are so that the view can colour them. Line breaks are untouched.
void showSuspiciousCharacters(const git::TextContent &content, FileContent &file)
{
    using Kind = git::SuspiciousCharacter::Kind;
    file.bidirectionalCount = content.count(Kind::Bidirectional);
    file.invisibleCount = content.count(Kind::Invisible);
    file.invalidByteCount = content.count(Kind::InvalidByte);
    if (content.encoding != git::TextContent::Encoding::Utf8)
        file.encodingName = content.encodingName();
    if (content.suspicious.isEmpty()) {
        file.text = content.text;
        return;
    }
    QVector<git::SuspiciousCharacter> ordered = content.suspicious;
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.offset < b.offset; });
    QString text;
    text.reserve(content.text.size() + ordered.size() * 6);
    qsizetype copied = 0;
    for (const git::SuspiciousCharacter &character : std::as_const(ordered)) {
        text.append(QStringView(content.text).mid(copied, character.offset - copied));
        const qsizetype width
            = character.codePoint > 0xFFFF && character.kind != Kind::InvalidByte ? 2 : 1;
        const QString marker
            = QChar(0x27E8) + git::TextContent::markerText(character) + QChar(0x27E9);
        FileContent::Marker shown;
        shown.position = text.size();
        shown.length = int(marker.size());
        shown.kind = character.kind == Kind::Bidirectional
            ? FileContent::Marker::Kind::Bidirectional
            : character.kind == Kind::Invisible ? FileContent::Marker::Kind::Invisible
                                                : FileContent::Marker::Kind::InvalidByte;
        file.markers.append(shown);
        text.append(marker);
        copied = character.offset + width;
    }
    text.append(QStringView(content.text).mid(copied));
    file.text = std::move(text);
}

} // namespace

Result<void> RepositoryWorker::open(const QString &path)
{
    m_repository.reset();
    auto opened = git::Repository::open(path);
    if (!opened)
        return opened.error();
    m_repository.emplace(std::move(opened).value());
    return {};
}

const git::Repository *RepositoryWorker::repository() const
{
    return m_repository ? &*m_repository : nullptr;
}

Result<FileContent> RepositoryWorker::readFile(const QByteArray &path, const git::ObjectId &id,
                                               quint32 mode)
{
    FileContent file;
    file.path = path;
    file.id = id;
    if (mode == git::TreeEntry::Submodule) {
        file.kind = FileContent::Kind::Submodule;
        return file;
    }
    auto size = m_repository->objectSize(id);
    if (!size)
        return size.error();
    file.size = *size;
    if (file.size > MaximumViewedFileSize) {
        file.kind = FileContent::Kind::TooLarge;
        return file;
    }
    auto content = m_repository->blobContent(id);
    if (!content)
        return content.error();
    if (mode == git::TreeEntry::Symlink) {
        file.kind = FileContent::Kind::Symlink;
        file.text = git::displayBytes(*content);
        return file;
    }
    // UTF-16 text has NUL bytes; its byte order mark says it is text all the same.
    if (git::looksBinary(*content) && !git::TextContent::hasUtf16ByteOrderMark(*content)) {
        file.kind = FileContent::Kind::Binary;
        return file;
    }
    file.head = content->left(4096);
    showSuspiciousCharacters(git::TextContent::decode(*content), file);
    file.source = SourceText::fromText(file.text);
    return file;
}

} // namespace clearroom::ui
