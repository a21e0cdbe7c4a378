"""Words of presenter mode and of the lesson path (the links from one chapter to the next)."""

EN = {
    "present.label": "Presenter mode",
    "present.help": "For a projector: larger text and charts, readable from the back of the room; "
                    "explanations folded away.",
    "present.explanation": "Explanation",
    "present.for_the_teacher": "For the teacher: {topic}",
    "path.label": "Lesson path",
    "path.previous": "Previous: {chapter}",
    "path.next": "Next: {chapter}",
}

ZH = {
    "present.label": "演示模式",
    "present.help": "用于投影：更大的文字和图表，教室后排也能看清；讲解文字折叠起来。",
    "present.explanation": "讲解",
    "present.for_the_teacher": "供教师参考：{topic}",
    "path.label": "学习路线",
    "path.previous": "上一章：{chapter}",
    "path.next": "下一章：{chapter}",
}
