// JixiaoLanguage: see STYLE.md for what belongs here.
