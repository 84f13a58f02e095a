from django.db import migrations

PORTAL_TAXONOMY_ID = "5b0c9d84-5a7e-4c8e-9f0e-2f4d1c6a7b10"

# Languages that services in the city are most often asked for.
LANGUAGES = [
    ("vi", "Tiếng Việt", "Vietnamese"),
    ("en", "Tiếng Anh", "English"),
    ("zh", "Tiếng Hoa", "Chinese"),
    ("km", "Tiếng Khmer", "Khmer"),
    ("ko", "Tiếng Hàn", "Korean"),
    ("ja", "Tiếng Nhật", "Japanese"),
    ("fr", "Tiếng Pháp", "French"),
    ("sgn-VN", "Ngôn ngữ ký hiệu Việt Nam", "Vietnamese Sign Language"),
]


def create(apps, schema_editor):
    SpokenLanguage = apps.get_model("directory", "SpokenLanguage")
    for order, (code, name, english_name) in enumerate(LANGUAGES):
        SpokenLanguage.objects.get_or_create(
            code=code, defaults={"name": name, "english_name": english_name, "sort_order": order}
        )
    apps.get_model("directory", "Taxonomy").objects.get_or_create(
        id=PORTAL_TAXONOMY_ID,
        defaults={
            "name": "Danh mục dịch vụ hỗ trợ TP.HCM",
            "description": "Các loại dịch vụ hỗ trợ trong danh bạ của cổng thông tin.",
        },
    )


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
