// JixiaoWorkbench: see STYLE.md for what belongs here.
