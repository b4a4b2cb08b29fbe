namespace Reform.Site.Loading;

internal enum FieldType
{
    String,
    Integer,
    Number,
    Boolean,
}
