// JixiaoIngest: see STYLE.md for what belongs here.
