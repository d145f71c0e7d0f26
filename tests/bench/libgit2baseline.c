// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The smallest libgit2 program that does what `clearroom-cli repo ls-tree HEAD` does
// on a one-file repository: initialise, open, resolve HEAD, list the root tree. The
// start-up benchmark subtracts its time from clearroom-cli's to find what Clearroom
// itself adds (Qt, translations, argument parsing).
#include <git2.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    git_libgit2_init();
    git_repository *repo = NULL;
    git_object *tree = NULL;
    if (git_repository_open_ext(&repo, argv[1], GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0
        || git_revparse_single(&tree, repo, "HEAD^{tree}") < 0)
        return 1;
    const git_tree *t = (const git_tree *)tree;
    for (size_t i = 0; i < git_tree_entrycount(t); ++i) {
        const git_tree_entry *e = git_tree_entry_byindex(t, i);
        char hex[GIT_OID_HEXSZ + 1];
        git_oid_tostr(hex, sizeof hex, git_tree_entry_id(e));
        printf("%06o %s %s\t%s\n", git_tree_entry_filemode_raw(e),
               git_object_type2string(git_tree_entry_type(e)), hex, git_tree_entry_name(e));
    }
    git_object_free(tree);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return 0;
}
