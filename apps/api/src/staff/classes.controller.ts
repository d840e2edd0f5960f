import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page, SchoolClass } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { PageQuery } from '../pupils/dto/list-pupils.query';
import { CreateClassDto, SetClassStaffDto } from './dto/class.dto';
import { StaffMember, StaffService } from './staff.service';

@ApiTags('staff')
@Controller('schools/:schoolId')
export class ClassesController {
  constructor(private readonly staff: StaffService) {}

  @Requires('staff.read')
  @Get('classes')
  @ApiOkResponse({ description: 'Classes with their teachers and teaching assistants' })
  list(@Query() query: PageQuery): Promise<Page<SchoolClass>> {
    return this.staff.classes(query);
  }

  @Requires('staff.write')
  @Post('classes')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The class is created' })
  create(@Body() body: CreateClassDto): Promise<SchoolClass> {
    return this.staff.createClass(body);
  }

  @Requires('staff.write')
  @Put('classes/:classId/staff')
  @ApiOkResponse({ description: "The class's teachers and TAs are replaced with those given" })
  setStaff(
    @Param('classId', UuidParamPipe) classId: string,
    @Body() body: SetClassStaffDto,
  ): Promise<SchoolClass> {
    return this.staff.setClassStaff(classId, body);
  }

  @Requires('staff.read')
  @Get('staff')
  @ApiOkResponse({ description: 'The staff of the school, with their roles and classes' })
  members(@Query() query: PageQuery): Promise<Page<StaffMember>> {
    return this.staff.staff(query);
  }
}
